package org.dateline.comment;

import java.util.Map;

/**
 * The comment section of an article page: the thread, and the reply form or the reason
 * comments are closed.
 *
 * @param closedBecause why readers cannot comment, or {@code null} when they can
 */
public record CommentSection(CommentThread thread, String closedBecause, Form form) {

	public boolean isOpen() {
		return this.closedBecause == null;
	}

	public boolean showsPending() {
		return this.thread.pending() > 0;
	}

	/**
	 * The reply form as it is shown: empty with a fresh token, or as the reader sent it
	 * with what to fix.
	 *
	 * @param replyTo the name of the commenter being replied to, when replying without
	 * JavaScript
	 * @param message a message about the whole form (why it was refused), or {@code null}
	 */
	public record Form(long articleId, String action, Long parentId, String replyTo, CommentForm values,
			Map<String, String> errors, String message, String token, int maxLength) {

		public String title() {
			return this.replyTo == null ? "Leave a Reply" : "Reply to " + this.replyTo;
		}

		public String error(String field) {
			return this.errors.get(field);
		}

		public boolean hasError(String field) {
			return this.errors.containsKey(field);
		}

		/** The value of {@code aria-invalid} for a field: "true", or nothing. */
		public String invalid(String field) {
			return this.errors.containsKey(field) ? "true" : null;
		}

		/**
		 * The ids a field's {@code aria-describedby} names: its note and its error, if it
		 * has them.
		 */
		public String describedBy(String field, String note) {
			String error = this.errors.containsKey(field) ? "comment-" + field + "-error" : null;
			if (note == null) {
				return error;
			}
			return error == null ? note : note + " " + error;
		}

		public boolean hasErrors() {
			return !this.errors.isEmpty() || this.message != null;
		}

	}

}
