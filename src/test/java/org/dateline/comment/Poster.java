package org.dateline.comment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dateline.SiteClient;

/**
 * Posts comments to the test server as a reader's browser would, each from an address of
 * its own (through {@code X-Forwarded-For}, which the server trusts from the local proxy)
 * so flood control only counts what a test means it to. Tokens are dated a few seconds
 * back, as if the reader took time to write.
 */
final class Poster {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final SiteClient client;

	private final CommentTokens tokens;

	Poster(SiteClient client, CommentTokens tokens) {
		this.client = client;
		this.tokens = tokens;
	}

	static String freshIp() {
		int n = SEQUENCE.incrementAndGet();
		return "198.18." + (n / 250) + "." + (n % 250 + 1);
	}

	static String uniqueEmail(String name) {
		return name + "." + SEQUENCE.incrementAndGet() + "@example.net";
	}

	long articleId(String path) {
		return Long.parseLong(this.client.get(path).document().selectFirst("section#comments").attr("data-article"));
	}

	/** The fields of a filled-in form with a token from ten seconds ago. */
	Map<String, String> form(String path, String name, String email, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("website", "");
		form.put("body", body);
		form.put("parent", "");
		form.put("token", this.tokens.formToken(articleId(path), Instant.now().minusSeconds(10)));
		form.put("homepage", "");
		return form;
	}

	SiteClient.Response post(SiteClient as, String path, Map<String, String> form) {
		return post(as, path, form, freshIp());
	}

	SiteClient.Response post(SiteClient as, String path, Map<String, String> form, String ip) {
		return as.post(path, form, "X-Forwarded-For", ip);
	}

	/** The id in a redirect to a comment ({@code ...#comment-42}). */
	static long commentId(SiteClient.Response response) {
		String location = response.header("Location")
			.orElseThrow(() -> new AssertionError("No redirect: " + response.status()));
		return Long.parseLong(location.substring(location.indexOf("#comment-") + "#comment-".length()));
	}

}
