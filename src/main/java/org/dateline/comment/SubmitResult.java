package org.dateline.comment;

import java.util.Map;

/** What became of a submitted comment form. */
public sealed interface SubmitResult {

	/** The form has mistakes; nothing was stored. */
	record Invalid(Map<String, String> errors) implements SubmitResult {
	}

	/**
	 * The comment was refused, with a message for the reader and the HTTP status to
	 * answer with.
	 */
	record Refused(String message, int status) implements SubmitResult {
	}

	/** The comment is stored: published, or waiting for a moderator. */
	record Accepted(long commentId, boolean pending) implements SubmitResult {
	}

}
