package org.dateline.comment;

import java.time.Instant;

/**
 * A comment an import brings in from another system, as it was there: its thread, status
 * and time. The address is stored as readers' addresses are, never shown; a website that
 * is not an http or https address is dropped.
 */
public record ImportedComment(long articleId, Long parentId, String name, String email, String website, String body,
		CommentStatus status, Instant createdAt) {

	public ImportedComment {
		name = name == null || name.isBlank() ? "Anonymous" : name.strip();
		email = email == null ? "" : email.strip();
		// another system may have stored anything there (javascript: included)
		website = website == null || !Comment.isWebAddress(website.strip()) ? "" : website.strip();
		body = body == null ? "" : body;
	}

}
