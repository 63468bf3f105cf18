package org.dateline.comment;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a reader sent with the comment form. {@link #validate} checks it before anything
 * touches the database, so a comment is never cut short or stored half-valid; every value
 * is kept to show the form again.
 *
 * @param token the signed token the page's form carried
 * @param homepage the honeypot: hidden from people, filled in by bots
 */
public record CommentForm(String name, String email, String website, String body, Long parentId, String token,
		String homepage, boolean remember, boolean notifyReplies) {

	static final int MAX_EMAIL = 254;

	static final int MAX_WEBSITE = 200;

	private static final Pattern EMAIL = Pattern
		.compile("[^@\\s\"<>()\\[\\],;:\\\\]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[\\p{L}]{2,}");

	/**
	 * Control characters other than line breaks and tabs can only do harm in a comment.
	 */
	private static final Pattern CONTROL = Pattern
		.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d\\u200c\\x{E0020}-\\x{E007F}]]");

	public CommentForm {
		name = clean(name, true);
		email = clean(email, true);
		website = clean(website, true);
		body = clean(body, false);
		token = token == null ? "" : token.strip();
		homepage = homepage == null ? "" : homepage;
	}

	public static CommentForm empty() {
		return new CommentForm("", "", "", "", null, "", "", false, false);
	}

	/** The field errors, keyed by field name; empty when the form is valid. */
	public Map<String, String> validate(int maxLength, int maxName) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.body.isBlank()) {
			errors.put("body", "Please write a comment.");
		}
		else if (length(this.body) > maxLength) {
			errors.put("body", "Your comment is " + length(this.body) + " characters long; the limit is " + maxLength
					+ ". Please shorten it.");
		}
		if (this.name.isBlank()) {
			errors.put("name", "Please give your name.");
		}
		else if (length(this.name) > maxName) {
			errors.put("name", "Please keep your name under " + maxName + " characters.");
		}
		if (this.email.isBlank()) {
			errors.put("email", "Please give your email address. It will not be published.");
		}
		else if (this.email.length() > MAX_EMAIL || !EMAIL.matcher(this.email).matches()) {
			errors.put("email", "Please check your email address: it should look like name@example.com.");
		}
		if (!this.website.isEmpty()) {
			if (this.website.length() > MAX_WEBSITE) {
				errors.put("website", "Please keep the address under " + MAX_WEBSITE + " characters.");
			}
			else if (!Comment.isWebAddress(this.website)) {
				errors.put("website", "Websites must start with http:// or https://.");
			}
		}
		return errors;
	}

	/** The email address in the form used for matching a commenter's history. */
	public String normalizedEmail() {
		return this.email.toLowerCase(Locale.ROOT);
	}

	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static String clean(String value, boolean singleLine) {
		if (value == null) {
			return "";
		}
		String text = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		text = CONTROL.matcher(text).replaceAll("");
		if (singleLine) {
			text = text.replaceAll("\\s+", " ");
		}
		return text.strip();
	}

}
