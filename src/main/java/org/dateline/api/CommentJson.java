package org.dateline.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.comment.Comment;

/**
 * An approved reader comment. Built from {@link Comment}, which holds no email address or
 * IP: neither can reach the API.
 *
 * @param parentId the approved comment this one replies to, or null for a top-level
 * comment (and for a reply whose parent is no longer shown)
 * @param authorUrl the website the commenter gave, or null
 * @param body plain text; paragraphs are separated by blank lines
 * @param staff whether a member of the newsroom wrote it
 */
record CommentJson(long id, Long parentId, String authorName, String authorUrl, String body, String createdAt,
		boolean staff) {

	/** The approved comments of an article, oldest first. */
	record Thread(long articleId, int count, List<CommentJson> items) {
	}

	static Thread thread(long articleId, List<Comment> approved, ApiLinks links) {
		Set<Long> shown = approved.stream().map(Comment::id).collect(Collectors.toSet());
		List<CommentJson> items = approved.stream()
			.map((c) -> new CommentJson(c.id(),
					c.parentId() != null && shown.contains(c.parentId()) ? c.parentId() : null, c.authorName(),
					c.hasWebsite() ? c.authorUrl() : null, c.body(), links.time(c.createdAt()), c.staff()))
			.toList();
		return new Thread(articleId, items.size(), items);
	}

}
