package org.dateline.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.EditRefusedException;
import org.dateline.article.Tag;
import org.dateline.article.TagService;
import org.dateline.article.TagUsage;
import org.dateline.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's tags: finding them, creating, renaming and merging duplicates. Editors and
 * admins only; writers create tags as they file articles (see the autocompletion in
 * {@link ArticleDeskController}). The rules are {@link TagService}'s.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class TagDeskController {

	static final int PAGE_SIZE = 100;

	private final TagService tags;

	private final DeskFactory desks;

	TagDeskController(TagService tags, DeskFactory desks) {
		this.tags = tags;
		this.desks = desks;
	}

	@GetMapping("/newsroom/tags")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, CsrfToken csrf,
			Model model) {
		String notice = (String) model.getAttribute("notice");
		String query = (q.length() > 100 ? q.substring(0, 100) : q).strip();
		int number = Math.max(1, Math.min(page, 10_000));
		List<TagUsage> found = this.tags.search(query, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
		boolean more = found.size() > PAGE_SIZE;
		model.addAttribute("page", new TagListPage(this.desks.desk("Tags", "/newsroom/tags", "tags", csrf),
				more ? found.subList(0, PAGE_SIZE) : found, query, this.tags.count(query), number, more, notice));
		return "newsroom/tags/list";
	}

	@GetMapping("/newsroom/tags/new")
	String create(CsrfToken csrf, Model model) {
		model.addAttribute("page", page(null, "", "", "", csrf, null, null));
		return "newsroom/tags/edit";
	}

	@PostMapping("/newsroom/tags")
	String created(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
			CsrfToken csrf, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			Tag created = this.tags.create(name, slug);
			redirect.addFlashAttribute("notice", "Created the tag “" + created.name() + "” at " + created.path() + ".");
			return "redirect:/newsroom/tags/" + created.id();
		}
		catch (EditRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(null, name, slug, "", csrf, null, ex.getMessage()));
			return "newsroom/tags/edit";
		}
	}

	@GetMapping("/newsroom/tags/{id:\\d+}")
	String edit(@PathVariable long id, CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		Tag tag = find(id);
		model.addAttribute("page", page(tag, tag.name(), tag.slug(), "", csrf, notice, null));
		return "newsroom/tags/edit";
	}

	@PostMapping("/newsroom/tags/{id:\\d+}")
	String renamed(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Tag before = find(id);
		try {
			Tag saved = this.tags.rename(id, name, slug);
			redirect.addFlashAttribute("notice", saved.slug().equals(before.slug()) ? "Saved."
					: "Saved. The tag's page is now " + saved.path() + "; " + before.path() + " redirects there.");
			return "redirect:/newsroom/tags/" + id;
		}
		catch (EditRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(before, name, slug, "", csrf, null, ex.getMessage()));
			return "newsroom/tags/edit";
		}
	}

	@PostMapping("/newsroom/tags/{id:\\d+}/merge")
	String merged(@PathVariable long id, @RequestParam(defaultValue = "") String into, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Tag from = find(id);
		long articles = this.tags.articleCount(id);
		try {
			Tag target = this.tags.merge(id, into);
			redirect.addFlashAttribute("notice",
					"Merged “" + from.name() + "” into “" + target.name() + "”: " + articles
							+ (articles == 1 ? " article" : " articles") + " moved, and " + from.path()
							+ " redirects here.");
			return "redirect:/newsroom/tags/" + target.id();
		}
		catch (EditRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("page", page(from, from.name(), from.slug(), into, csrf, null, ex.getMessage()));
			return "newsroom/tags/edit";
		}
	}

	private Tag find(long id) {
		return this.tags.byId(id).orElseThrow(() -> new NotFoundException("No tag #" + id));
	}

	private TagEditPage page(Tag tag, String name, String slug, String into, CsrfToken csrf, String notice,
			String error) {
		String path = tag == null ? "/newsroom/tags/new" : "/newsroom/tags/" + tag.id();
		Desk desk = this.desks.desk(tag == null ? "New tag" : "Tag: " + tag.name(), path, "tags", csrf,
				"/assets/slugs.js");
		return new TagEditPage(desk, tag, name, slug, into, tag == null ? 0 : this.tags.articleCount(tag.id()), notice,
				error);
	}

}
