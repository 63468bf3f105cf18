package org.dateline.article;

import java.util.List;
import java.util.Map;

import org.dateline.comment.CommentForm;
import org.dateline.comment.CommentSection;
import org.dateline.comment.CommentThread;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;

/**
 * Article pages of articles readers cannot see yet: previews for the newsroom and its
 * preview links.
 */
public final class ArticlePreviews {

	private ArticlePreviews() {
	}

	/**
	 * The article page of an unpublished article: no comments, not for search engines.
	 */
	public static ArticlePage page(Article article, Pages pages) {
		PageMeta meta = pages.page("Preview: " + article.headline(), article.path()).noIndex().build();
		CommentSection closed = new CommentSection(CommentThread.of(List.of(), 1),
				"Preview: comments open when the article is published.", new CommentSection.Form(article.id(),
						article.path(), null, null, CommentForm.empty(), Map.of(), null, "", 0));
		return new ArticlePage(meta, article, List.of(), closed, pages.site().zone());
	}

}
