package org.dateline.comment;

import java.time.Instant;

/**
 * The article a comment is for, as the comment rules need it.
 *
 * @param published whether readers can see the article at all
 * @param commentsOpen whether the editor left comments open on it
 */
public record CommentTarget(long articleId, String path, String headline, boolean published, Instant publishedAt,
		boolean commentsOpen) {
}
