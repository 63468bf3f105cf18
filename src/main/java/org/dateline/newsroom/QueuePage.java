package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentTarget;
import org.dateline.comment.ModeratedComment;

/**
 * A view of the moderation queue: one page of comments with their articles and their
 * authors' histories.
 */
public record QueuePage(Desk desk, CommentModeration.View view, Map<CommentModeration.View, Long> counts,
		List<Row> rows, int page, boolean hasMore, CommentModeration.FilterProgress filter, String done) {

	public record Row(ModeratedComment comment, CommentTarget article, CommentModeration.History history) {
	}

	public String viewName(CommentModeration.View other) {
		return other.name().toLowerCase(java.util.Locale.ROOT);
	}

	public String label(CommentModeration.View other) {
		String name = other.name();
		return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
