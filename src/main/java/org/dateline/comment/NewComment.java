package org.dateline.comment;

import java.time.Instant;

/** A comment about to be stored, as {@link CommentWriter} inserts it. */
record NewComment(long articleId, Long parentId, String name, String email, String website, String body,
		CommentStatus status, String submissionId, Instant createdAt, String ip, String userAgent, String heldFor,
		String checks, Double spamScore, String spamEvidence, boolean notifyReplies, Long staffUserId) {
}
