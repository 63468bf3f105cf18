package org.dateline.comment;

import java.time.Instant;

/**
 * A comment as moderators see it in the newsroom, with the commenter's address and IP and
 * what the checks said. Never rendered on a public page.
 */
public record ModeratedComment(long id, long articleId, Long parentId, String authorName, String authorEmail,
		String authorUrl, String body, CommentStatus status, Instant createdAt, String ip, String userAgent,
		String heldFor, String checks, Double spamScore, String spamEvidence, int openFlags, boolean staff,
		Instant editedAt) {

	public Comment publicView() {
		return new Comment(this.id, this.articleId, this.parentId, this.authorName, this.authorUrl, this.body,
				this.createdAt, this.status == CommentStatus.PENDING, this.staff);
	}

}
