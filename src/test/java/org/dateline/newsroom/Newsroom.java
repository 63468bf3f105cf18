package org.dateline.newsroom;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;

/**
 * A signed-in newsroom browser for tests, with helpers to post the newsroom's forms with
 * their CSRF token.
 */
final class Newsroom {

	static final String PASSWORD = "correct horse battery staple";

	final SiteClient browser;

	final String email;

	private Newsroom(SiteClient browser, String email) {
		this.browser = browser;
		this.email = email;
	}

	static Newsroom as(SiteClient site, StaffService staff, Role role) {
		String email = role.name().toLowerCase() + "." + System.nanoTime() + "@newsroom.example";
		staff.create(email, role.label() + " " + System.nanoTime() % 1000, role, PASSWORD);
		return new Newsroom(SignIn.as(site, email, PASSWORD), email);
	}

	/** Posts a form, with the CSRF token the given newsroom page carries. */
	SiteClient.Response post(String path, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", SignIn.csrf(this.browser, "/newsroom/"));
		return this.browser.post(path, form);
	}

	/**
	 * Posts a form with one field sent once per value, as a browser sends several ticked
	 * checkboxes of one name (the article editor's bylines).
	 */
	SiteClient.Response post(String path, Map<String, String> fields, String repeated, List<String> values) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", SignIn.csrf(this.browser, "/newsroom/"));
		String body = Stream
			.concat(form.entrySet().stream(), values.stream().map((value) -> Map.entry(repeated, value)))
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(URI.create(this.browser.base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	SiteClient.Response get(String path) {
		return this.browser.get(path);
	}

	/** The page a redirect leads to. */
	SiteClient.Response follow(SiteClient.Response redirect) {
		String location = redirect.header("Location")
			.orElseThrow(() -> new AssertionError("No redirect: " + redirect.status()));
		return this.browser.get(
				location.startsWith(this.browser.base()) ? location.substring(this.browser.base().length()) : location);
	}

	/** The id of the article a redirect points at ({@code /newsroom/articles/12?...}). */
	static long articleId(SiteClient.Response response) {
		String location = response.header("Location")
			.orElseThrow(() -> new AssertionError("No redirect: " + response.status()));
		String tail = location.substring(location.indexOf("/newsroom/articles/") + "/newsroom/articles/".length());
		return Long.parseLong(tail.replaceAll("[^0-9].*$", ""));
	}

	static Map<String, String> article(String headline, long section) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("headline", headline);
		form.put("dek", "A dek for " + headline);
		form.put("slug", "");
		form.put("section", Long.toString(section));
		form.put("dateline", "LISBON, Portugal");
		form.put("body", "The first paragraph.\n\nThe second paragraph.");
		form.put("hero", "1");
		form.put("tags", "Transport, Cities");
		form.put("commentsOpen", "true");
		form.put("embargo", "");
		form.put("authors", "1"); // the demo site's first byline: a story without one is
									// warned about
		return form;
	}

}
