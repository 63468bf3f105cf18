package org.dateline.newsroom;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.EditRefusedException;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's sections: their names and order in the navigation, their descriptions and
 * slugs. Editors and admins only. The rules (unique slugs, redirects from old ones, no
 * deleting a section with articles) are {@link SectionService}'s; see
 * {@link TagDeskController} and {@link AuthorDeskController} for the other things
 * articles are filed under.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class SectionDeskController {

	private final SectionService sections;

	private final DeskFactory desks;

	SectionDeskController(SectionService sections, DeskFactory desks) {
		this.sections = sections;
		this.desks = desks;
	}

	@GetMapping("/newsroom/sections")
	String list(CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		model.addAttribute("page",
				new SectionListPage(this.desks.desk("Sections", "/newsroom/sections", "sections", csrf),
						this.sections.all(), this.sections.articleCounts(), notice));
		return "newsroom/sections/list";
	}

	@GetMapping("/newsroom/sections/new")
	String create(CsrfToken csrf, Model model) {
		model.addAttribute("page", page(null, new SectionForm("", "", "", ""), csrf, null, null));
		return "newsroom/sections/edit";
	}

	@PostMapping("/newsroom/sections")
	String created(@ModelAttribute SectionForm form, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			Section created = this.sections.create(form.draft());
			redirect.addFlashAttribute("notice",
					"Created the section “" + created.name() + "” at " + created.path() + ".");
			return "redirect:/newsroom/sections";
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(null, form, csrf, null, ex.getMessage()));
			return "newsroom/sections/edit";
		}
	}

	@GetMapping("/newsroom/sections/{id:\\d+}")
	String edit(@PathVariable long id, CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		Section section = find(id);
		model.addAttribute("page", page(section, SectionForm.of(section), csrf, notice, null));
		return "newsroom/sections/edit";
	}

	@PostMapping("/newsroom/sections/{id:\\d+}")
	String saved(@PathVariable long id, @ModelAttribute SectionForm form, CsrfToken csrf, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Section before = find(id);
		try {
			Section saved = this.sections.update(id, form.draft());
			redirect.addFlashAttribute("notice",
					saved.slug().equals(before.slug()) ? "Saved." : "Saved. The section is now at " + saved.path()
							+ "; " + before.path() + " and the addresses of its articles redirect there.");
			return "redirect:/newsroom/sections/" + id;
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(before, form, csrf, null, ex.getMessage()));
			return "newsroom/sections/edit";
		}
	}

	@PostMapping("/newsroom/sections/{id:\\d+}/delete")
	String delete(@PathVariable long id, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Section section = find(id);
		try {
			this.sections.delete(id);
			redirect.addFlashAttribute("notice", "Deleted the section “" + section.name() + "”.");
			return "redirect:/newsroom/sections";
		}
		catch (EditRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(section, SectionForm.of(section), csrf, null, ex.getMessage()));
			return "newsroom/sections/edit";
		}
	}

	private Section find(long id) {
		return this.sections.byId(id).orElseThrow(() -> new NotFoundException("No section #" + id));
	}

	private SectionEditPage page(Section section, SectionForm form, CsrfToken csrf, String notice, String error) {
		String path = section == null ? "/newsroom/sections/new" : "/newsroom/sections/" + section.id();
		Desk desk = this.desks.desk(section == null ? "New section" : "Section: " + section.name(), path, "sections",
				csrf, "/assets/slugs.js");
		long articles = section == null ? 0 : this.sections.articleCounts().getOrDefault(section.id(), 0L);
		return new SectionEditPage(desk, section, form, articles, notice, error);
	}

}
