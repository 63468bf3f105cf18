package org.dateline.comment;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.web.PageMeta;
import org.dateline.web.Pages;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Readers' comment actions that are not posting (which the article page takes, see the
 * article feature): a fresh form token for cached pages, reporting a comment, and
 * confirming or stopping reply notifications.
 */
@Controller
class CommentController {

	static final List<String> REPORT_REASONS = List.of("Spam or advertising", "Abusive or hateful",
			"Harassment or personal attack", "Misleading or false", "Off topic", "Something else");

	private final CommentService comments;

	private final CommentNotifications notifications;

	private final Pages pages;

	CommentController(CommentService comments, CommentNotifications notifications, Pages pages) {
		this.comments = comments;
		this.notifications = notifications;
		this.pages = pages;
	}

	/**
	 * A token for the comment form of a page served from a cache, so the time it records
	 * is now.
	 */
	@GetMapping("/comments/token")
	@ResponseBody
	ResponseEntity<Map<String, String>> token(@RequestParam long article) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("token", this.comments.freshToken(article)));
	}

	@GetMapping("/comments/{id:\\d+}/report")
	String reportForm(@PathVariable long id, Model model) {
		model.addAttribute("page", report(id, false, null));
		return "comment/report";
	}

	@PostMapping("/comments/{id:\\d+}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "") String detail, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (reason == null || !REPORT_REASONS.contains(reason) || detail.length() > 500) {
			response.setStatus(422);
			model.addAttribute("page", report(id, false, reason == null || !REPORT_REASONS.contains(reason)
					? "Please choose a reason." : "Please keep the details under 500 characters."));
			return "comment/report";
		}
		// read before the report: the one that pulls the comment off the page must still
		// thank the reader, not answer "not found"
		Comment comment = approved(id);
		this.comments.flag(id, reason, detail, request.getRemoteAddr());
		model.addAttribute("page", report(comment, true, null));
		return "comment/report";
	}

	private Comment approved(long id) {
		return this.comments.approved(id).orElseThrow(() -> new CommentNotFoundException(id));
	}

	private ReportPage report(long id, boolean done, String error) {
		return report(approved(id), done, error);
	}

	private ReportPage report(Comment comment, boolean done, String error) {
		long id = comment.id();
		PageMeta meta = this.pages.page("Report a comment", "/comments/" + id + "/report").noIndex().build();
		return new ReportPage(meta, comment, REPORT_REASONS, done, error);
	}

	@GetMapping("/comments/subscription/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		boolean known = this.notifications.confirm(token);
		response.setStatus(known ? 200 : 404);
		model.addAttribute("page",
				notice(known ? "Replies confirmed" : "Link not recognised",
						known ? "We will email you when someone replies to your comments. "
								+ "Every email has a link to stop them."
								: "This confirmation link is not valid. It may have been mistyped.",
						null));
		return "comment/notice";
	}

	/**
	 * A page with a button, so link scanners in mail systems cannot unsubscribe anyone by
	 * following the link.
	 */
	@GetMapping("/comments/subscription/unsubscribe")
	String unsubscribeForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("page",
				notice("Stop reply emails", "Press the button to stop emails about replies to your comments.", token));
		return "comment/notice";
	}

	/**
	 * Also the one-click unsubscribe (RFC 8058) that mail programs send from the
	 * List-Unsubscribe header.
	 */
	@PostMapping("/comments/subscription/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		boolean known = this.notifications.unsubscribe(token);
		response.setStatus(known ? 200 : 404);
		model.addAttribute("page",
				notice(known ? "Unsubscribed" : "Link not recognised",
						known ? "You will get no more emails about replies to your comments."
								: "This link is not valid. It may have been mistyped.",
						null));
		return "comment/notice";
	}

	private NoticePage notice(String heading, String text, String unsubscribeToken) {
		return new NoticePage(this.pages.page(heading, "/comments/subscription").noIndex().build(), heading, text,
				unsubscribeToken);
	}

}
