package org.dateline.comment.spam;

import java.time.Instant;

/**
 * A comment as the checks see it, after the form was validated.
 *
 * @param formIssuedAt when the page with the form was served, from its signed token;
 * {@code null} if the token was missing or forged
 * @param articleOpen whether the article takes comments now, and if not, why
 * ({@code null} when open)
 */
public record Submission(long articleId, String name, String email, String website, String body, String ip,
		String userAgent, String honeypot, Instant formIssuedAt, Instant now, String articleClosedBecause) {

	public String emailDomain() {
		int at = this.email.lastIndexOf('@');
		return at < 0 ? "" : this.email.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
