package org.dateline.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.site.SiteSecrets;

import org.springframework.stereotype.Component;

/**
 * The signed values comments hand to browsers: the form token (which article, and when
 * the form was served), the "my pending comments" cookie, and the opaque reporter id of a
 * flag. Signatures make them impossible to forge; none holds anything personal.
 */
@Component
class CommentTokens {

	static final int MAX_PENDING = 20;

	private final SiteSecrets secrets;

	private final Clock clock;

	CommentTokens(SiteSecrets secrets, Clock clock) {
		this.secrets = secrets;
		this.clock = clock;
	}

	String formToken(long articleId) {
		return formToken(articleId, this.clock.instant());
	}

	String formToken(long articleId, Instant issuedAt) {
		String value = articleId + "." + issuedAt.toEpochMilli();
		return value + "." + this.secrets.sign("comment-form", value);
	}

	/** When the form was served, if the token is this site's and for this article. */
	Optional<Instant> formIssuedAt(String token, long articleId) {
		String[] parts = token == null ? new String[0] : token.split("\\.");
		if (parts.length != 3 || !parts[0].equals(Long.toString(articleId))) {
			return Optional.empty();
		}
		if (!this.secrets.verify("comment-form", parts[0] + "." + parts[1], parts[2])) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1])));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The cookie value listing a reader's pending comments (the newest
	 * {@value #MAX_PENDING}).
	 */
	String pendingCookie(Set<Long> ids) {
		String value = ids.stream()
			.skip(Math.max(0, ids.size() - MAX_PENDING))
			.map(String::valueOf)
			.collect(Collectors.joining("-"));
		return value + "." + this.secrets.sign("pending-comments", value);
	}

	Set<Long> pendingIds(String cookie) {
		if (cookie == null || cookie.isBlank()) {
			return Set.of();
		}
		int dot = cookie.lastIndexOf('.');
		if (dot <= 0 || !this.secrets.verify("pending-comments", cookie.substring(0, dot), cookie.substring(dot + 1))) {
			return Set.of();
		}
		try {
			return Arrays.stream(cookie.substring(0, dot).split("-"))
				.map(Long::valueOf)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}
		catch (NumberFormatException ex) {
			return Set.of();
		}
	}

	/**
	 * Who reported a comment, as far as counting reports goes: one report per address,
	 * the address not kept.
	 */
	String reporter(String ip) {
		return this.secrets.sign("comment-reporter", ip);
	}

	/**
	 * The id that makes a resubmitted form (a double click, a reload) store one comment,
	 * not two.
	 */
	String submissionId(String token, long articleId, Long parentId, CommentForm form) {
		return this.secrets.sign("comment-submission", String.join("\n", token, Long.toString(articleId),
				String.valueOf(parentId), form.name(), form.normalizedEmail(), form.website(), form.body()));
	}

}
