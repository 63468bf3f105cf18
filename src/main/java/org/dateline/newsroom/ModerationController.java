package org.dateline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.account.StaffUser;
import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentModeration.Action;
import org.dateline.comment.CommentModeration.View;
import org.dateline.comment.CommentTarget;
import org.dateline.comment.CommentTargets;
import org.dateline.comment.ModeratedComment;
import org.dateline.comment.RejectionLog;
import org.dateline.web.JsonLd;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The comment moderation queue: pending, flagged, approved, spam and trash views with
 * counts; decisions one by one or in bulk; a comment's details with what every check
 * said, the commenter's history, edits and staff replies; the moderation log; and the
 * personal-data tools. Editors and admins only.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class ModerationController {

	static final int PAGE_SIZE = 50;

	private final CommentModeration moderation;

	private final CommentTargets articles;

	private final DeskFactory desks;

	private final RejectionLog rejections;

	ModerationController(CommentModeration moderation, CommentTargets articles, DeskFactory desks,
			RejectionLog rejections) {
		this.moderation = moderation;
		this.articles = articles;
		this.desks = desks;
		this.rejections = rejections;
	}

	@GetMapping("/newsroom/comments")
	String queue(@RequestParam(defaultValue = "pending") String view, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String done, CsrfToken csrf, Model model) {
		View selected = view(view);
		int number = Math.max(1, Math.min(page, 10_000));
		List<ModeratedComment> comments = this.moderation.queue(selected, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
		boolean more = comments.size() > PAGE_SIZE;
		List<ModeratedComment> shown = more ? comments.subList(0, PAGE_SIZE) : comments;
		Set<Long> articleIds = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		shown.forEach((c) -> {
			articleIds.add(c.articleId());
			emails.add(c.authorEmail());
		});
		Map<Long, CommentTarget> targets = this.articles.findAll(articleIds);
		Map<String, CommentModeration.History> histories = this.moderation.histories(emails);
		List<QueuePage.Row> rows = new ArrayList<>();
		for (ModeratedComment comment : shown) {
			rows.add(new QueuePage.Row(comment, targets.get(comment.articleId()),
					histories.getOrDefault(comment.authorEmail(), new CommentModeration.History(0, 0, 0, 0))));
		}
		model.addAttribute("page", new QueuePage(this.desks.desk("Comments", "/newsroom/comments", "comments", csrf),
				selected, this.moderation.counts(), rows, number, more, this.moderation.filterProgress(), done));
		return "newsroom/comments/queue";
	}

	@PostMapping("/newsroom/comments/decide")
	String decide(@RequestParam(defaultValue = "") List<Long> ids, @RequestParam(required = false) String action,
			@RequestParam(required = false) String one, @RequestParam(defaultValue = "pending") String view,
			RedirectAttributes redirect) {
		List<Long> chosen = ids;
		String verb = action;
		if (one != null && one.contains(":")) {
			String[] parts = one.split(":", 2);
			chosen = List.of(Long.valueOf(parts[0]));
			verb = parts[1];
		}
		Action decision = action(verb);
		int changed = decision == null || chosen.isEmpty() ? 0
				: this.moderation.decide(chosen, decision, this.desks.actor());
		redirect.addAttribute("view", view(view).name().toLowerCase(Locale.ROOT));
		redirect.addAttribute("done", changed == 0 ? "Nothing changed."
				: changed + (changed == 1 ? " comment " : " comments ") + past(decision) + ".");
		return "redirect:/newsroom/comments";
	}

	@GetMapping("/newsroom/comments/{id:\\d+}")
	String detail(@PathVariable long id, @RequestParam(required = false) String done, CsrfToken csrf, Model model) {
		model.addAttribute("page", detailPage(id, csrf, done, null));
		return "newsroom/comments/detail";
	}

	@PostMapping("/newsroom/comments/{id:\\d+}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String website, @RequestParam(defaultValue = "") String body,
			CsrfToken csrf, HttpServletResponse response, Model model) {
		try {
			this.moderation.edit(id, name, website, body, this.desks.actor());
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			model.addAttribute("page", detailPage(id, csrf, null, ex.getMessage()));
			return "newsroom/comments/detail";
		}
		return "redirect:/newsroom/comments/" + id + "?done=Saved.";
	}

	@PostMapping("/newsroom/comments/{id:\\d+}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body, CsrfToken csrf,
			HttpServletResponse response, Model model) {
		StaffUser user = this.desks.currentUser();
		try {
			long reply = this.moderation.replyAsStaff(id, user.name(), user.email(), body, user.id(),
					this.desks.actor());
			return "redirect:/newsroom/comments/" + reply + "?done=Reply published.";
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			model.addAttribute("page", detailPage(id, csrf, null, ex.getMessage()));
			return "newsroom/comments/detail";
		}
	}

	@GetMapping("/newsroom/comments/log")
	String log(CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new LogPage(this.desks.desk("Moderation log", "/newsroom/comments/log", "comments", csrf),
						this.moderation.log(200)));
		return "newsroom/comments/log";
	}

	/**
	 * What the checks turned away, newest first, with the check and its reason: where a
	 * rule that refuses people shows itself.
	 */
	@GetMapping("/newsroom/comments/rejected")
	String rejected(@RequestParam(defaultValue = "1") int page, CsrfToken csrf, Model model) {
		int number = Math.max(1, Math.min(page, 10_000));
		List<RejectionLog.Rejection> found = this.rejections.newest(PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
		boolean more = found.size() > PAGE_SIZE;
		List<RejectionLog.Rejection> shown = more ? found.subList(0, PAGE_SIZE) : found;
		Set<Long> articleIds = new LinkedHashSet<>();
		shown.forEach((r) -> articleIds.add(r.articleId()));
		model.addAttribute("page",
				new RejectedPage(this.desks.desk("Rejected comments", "/newsroom/comments/rejected", "comments", csrf),
						shown, this.articles.findAll(articleIds), this.rejections.count(), number, more));
		return "newsroom/comments/rejected";
	}

	@GetMapping("/newsroom/comments/privacy")
	String privacy(@RequestParam(required = false) String done, CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new PrivacyPage(
						this.desks.desk("Commenters' personal data", "/newsroom/comments/privacy", "comments", csrf),
						done, null));
		return "newsroom/comments/privacy";
	}

	/**
	 * Everything stored about a commenter's comments, as a JSON file, for a data-access
	 * request.
	 */
	@PostMapping("/newsroom/comments/privacy/export")
	ResponseEntity<String> export(@RequestParam(defaultValue = "") String email) {
		String file = JsonLd
			.write(Map.of("email", email.strip(), "comments", this.moderation.export(email, this.desks.actor())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("comments-personal-data.json").build().toString())
			.header("Cache-Control", "no-store")
			.body(file);
	}

	@PostMapping("/newsroom/comments/privacy/erase")
	String erase(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String confirm,
			CsrfToken csrf, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (email.isBlank() || confirm == null) {
			response.setStatus(422);
			model.addAttribute("page",
					new PrivacyPage(
							this.desks.desk("Commenters' personal data", "/newsroom/comments/privacy", "comments",
									csrf),
							null, "Give the address and tick the box to confirm: erasing cannot be undone."));
			return "newsroom/comments/privacy";
		}
		int erased = this.moderation.erase(email, this.desks.actor());
		redirect.addAttribute("done",
				"Erased the personal data of " + erased + (erased == 1 ? " comment." : " comments."));
		return "redirect:/newsroom/comments/privacy";
	}

	private DetailPage detailPage(long id, CsrfToken csrf, String done, String error) {
		ModeratedComment comment = this.moderation.comment(id);
		return new DetailPage(this.desks.desk("Comment " + id, "/newsroom/comments/" + id, "comments", csrf), comment,
				this.articles.find(comment.articleId()).orElse(null), this.moderation.history(comment.authorEmail()),
				this.moderation.score(comment), this.moderation.reports(id), done, error);
	}

	private static View view(String name) {
		try {
			return View.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return View.PENDING;
		}
	}

	private static Action action(String name) {
		try {
			return name == null ? null : Action.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String past(Action action) {
		return switch (action) {
			case APPROVE -> "approved";
			case SPAM -> "marked as spam";
			case TRASH -> "moved to the trash";
		};
	}

}
