package org.dateline.comment;

/**
 * What happens to comments, for whoever reacts: notifications now, caches and feeds
 * later.
 */
public final class CommentEvents {

	private CommentEvents() {
	}

	/**
	 * A comment became public: posted and passed every check, or approved by a moderator.
	 */
	public record CommentApproved(long commentId, long articleId, Long parentId) {
	}

	/** A comment is waiting in the moderation queue. */
	public record CommentHeld(long commentId, long articleId) {
	}

	/**
	 * A public comment was withdrawn (marked spam, trashed or pulled back by reports) or
	 * edited.
	 */
	public record CommentChanged(long commentId, long articleId) {
	}

}
