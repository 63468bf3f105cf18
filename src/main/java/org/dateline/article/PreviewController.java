package org.dateline.article;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.web.NotFoundException;
import org.dateline.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A draft as readers will see it, at a link the newsroom can share for a while (see
 * {@link ArticleEditing}). Never indexed, never cached, no comments.
 */
@Controller
class PreviewController {

	private final ArticleEditing editing;

	private final Pages pages;

	PreviewController(ArticleEditing editing, Pages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping("/preview/{token:[A-Za-z0-9_-]{20,64}}")
	String preview(@PathVariable String token, HttpServletResponse response, Model model) {
		Article article = this.editing.previewed(token)
			.orElseThrow(() -> new NotFoundException("No preview for that link (it may have expired)"));
		response.setHeader("Cache-Control", "private, no-store");
		model.addAttribute("page", ArticlePreviews.page(article, this.pages));
		return "article/show";
	}

}
