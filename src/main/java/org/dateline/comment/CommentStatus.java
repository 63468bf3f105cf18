package org.dateline.comment;

/** Where a comment stands in moderation. Only {@code APPROVED} comments are public. */
public enum CommentStatus {

	PENDING, APPROVED, SPAM, TRASH

}
