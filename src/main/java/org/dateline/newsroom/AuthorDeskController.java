package org.dateline.newsroom;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.AuthorDraft;
import org.dateline.article.AuthorProfile;
import org.dateline.article.AuthorService;
import org.dateline.article.EditRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Author profiles: the bylines, their pages' bios and job titles, and the newsroom
 * accounts they belong to. Everyone on the desk sees the list; editors and admins create
 * and edit any profile, anyone else only the bio and job title of their own (the rule is
 * {@link AuthorService}'s). See {@link SectionDeskController} and
 * {@link TagDeskController}.
 */
@Controller
class AuthorDeskController {

	private final AuthorService authors;

	private final StaffService staff;

	private final DeskFactory desks;

	AuthorDeskController(AuthorService authors, StaffService staff, DeskFactory desks) {
		this.authors = authors;
		this.staff = staff;
		this.desks = desks;
	}

	@GetMapping("/newsroom/authors")
	String list(CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		Map<Long, StaffUser> accounts = this.staff.all()
			.stream()
			.collect(Collectors.toMap(StaffUser::id, Function.identity()));
		model.addAttribute("page", new AuthorListPage(this.desks.desk("Authors", "/newsroom/authors", "authors", csrf),
				this.authors.profiles(), accounts, this.desks.articleActor().canEditOthers(), notice));
		return "newsroom/authors/list";
	}

	@GetMapping("/newsroom/authors/new")
	@PreAuthorize("hasRole('EDITOR')")
	String create(CsrfToken csrf, Model model) {
		model.addAttribute("page", page(null, new AuthorForm("", "", "", "", ""), true, csrf, null, null));
		return "newsroom/authors/edit";
	}

	@PostMapping("/newsroom/authors")
	@PreAuthorize("hasRole('EDITOR')")
	String created(@ModelAttribute AuthorForm form, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			long id = this.authors.create(draft(form), this.desks.articleActor());
			redirect.addFlashAttribute("notice", "Created the author profile.");
			return "redirect:/newsroom/authors/" + id;
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(status(ex));
			model.addAttribute("page", page(null, form, true, csrf, null, ex.getMessage()));
			return "newsroom/authors/edit";
		}
	}

	@GetMapping("/newsroom/authors/{id:\\d+}")
	String edit(@PathVariable long id, CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		Actor actor = this.desks.articleActor();
		AuthorProfile profile = load(id, actor);
		model.addAttribute("page", page(profile, AuthorForm.of(profile), actor.canEditOthers(), csrf, notice, null));
		return "newsroom/authors/edit";
	}

	@PostMapping("/newsroom/authors/{id:\\d+}")
	String saved(@PathVariable long id, @ModelAttribute AuthorForm form, CsrfToken csrf, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Actor actor = this.desks.articleActor();
		AuthorProfile before = load(id, actor);
		try {
			this.authors.update(id, actor.canEditOthers() ? draft(form) : form.draft(before.staffUserId()), actor);
			redirect.addFlashAttribute("notice", "Saved.");
			return "redirect:/newsroom/authors/" + id;
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(status(ex));
			model.addAttribute("page", page(before, form, actor.canEditOthers(), csrf, null, ex.getMessage()));
			return "newsroom/authors/edit";
		}
	}

	/** The profile, or 403 for someone who may not edit it. */
	private AuthorProfile load(long id, Actor actor) {
		try {
			return this.authors.profile(id, actor);
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	/** The draft, with the linked account checked to exist. */
	private AuthorDraft draft(AuthorForm form) {
		Long staffId = form.staffId();
		if (staffId != null && this.staff.byId(staffId).isEmpty()) {
			throw new IllegalArgumentException("There is no newsroom account #" + staffId + ".");
		}
		return form.draft(staffId);
	}

	private AuthorEditPage page(AuthorProfile profile, AuthorForm form, boolean editsAll, CsrfToken csrf, String notice,
			String error) {
		String path = profile == null ? "/newsroom/authors/new" : "/newsroom/authors/" + profile.author().id();
		String title = profile == null ? "New author" : "Author: " + profile.author().name();
		Desk desk = this.desks.desk(title, path, "authors", csrf, "/assets/slugs.js");
		List<StaffUser> accounts = editsAll ? this.staff.all() : List.of();
		return new AuthorEditPage(desk, profile, form, editsAll, accounts, notice, error);
	}

	private static int status(RuntimeException ex) {
		return ex instanceof EditRefusedException refused && refused.forbidden() ? 403 : 422;
	}

}
