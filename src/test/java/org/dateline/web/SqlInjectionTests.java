package org.dateline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.TemporaryDataDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classic SQL-injection payloads in every parameter of every public URL and of the API,
 * path and query alike. Each answer is compared with the clean one: no server error, no
 * database message, and never more than a clean request for something that does not exist
 * would get (a name or id carrying a payload finds nothing; a filter carrying one lists
 * nothing). Afterwards every table is still there and the database is intact.
 */
@SiteTest
class SqlInjectionTests {

	static final List<String> PAYLOADS = List.of("'", "\"", "`", "\\", "')", "'))", "' OR '1'='1", "' OR 1=1--",
			"\" OR \"1\"=\"1", "1 OR 1=1", "1' OR '1'='1' --", "' OR ''='", "') OR ('1'='1", "1)) OR ((1=1", "admin'--",
			"' OR 1=1#", "'; DROP TABLE article;--", "1; DROP TABLE article", "'; DELETE FROM comment;--",
			"' UNION SELECT NULL--", "' UNION SELECT NULL,NULL,NULL--", "1 UNION ALL SELECT email FROM staff_user--",
			"' UNION SELECT sqlite_version()--", "'||(SELECT sqlite_version())||'", "' AND 1=CAST(version() AS INT)--",
			"1 AND (SELECT 1 FROM sqlite_master)=1", "' AND (SELECT count(*) FROM staff_user) > 0 --",
			"1' AND randomblob(1000000000)--", "1' AND pg_sleep(5)--", "'; SELECT pg_sleep(5);--",
			"1 WAITFOR DELAY '0:0:5'", "%27%20OR%20%271%27%3D%271", "1e999", "-1", "0x7fffffffffffffff",
			"99999999999999999999999", "' /*", "*/ OR 1=1 /*", "1 --", "x' AND 'a'='a", "\u0000'", "%00'");

	/** What a database or a stack trace would say; no page's text does. */
	private static final Pattern LEAK = Pattern.compile("(?i)sqlite_|sqlexception|psqlexception|syntax error"
			+ "|unrecognized token|no such (column|table)|unterminated quoted|at org\\.[a-z]|at java\\.");

	/** Words an error page has no business saying. */
	private static final Pattern ERROR_LEAK = Pattern.compile("(?i)sqlite|jdbc|postgres|exception|select |where ");

	@Autowired
	SiteClient client;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noPayloadInAPathParameterFindsAnythingOrFails() {
		String article = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		String[] parts = article.substring(1).split("/");
		long tables = tableCount();
		List<String> templates = List.of("/%s/", "/%s/rss.xml", "/tag/%s", "/tag/%s/atom.xml", "/author/%s",
				"/author/%s/rss.xml", "/" + parts[0] + "/" + parts[1] + "/" + parts[2] + "/" + parts[3] + "/%s",
				"/%s/" + parts[1] + "/" + parts[2] + "/" + parts[3] + "/" + parts[4], "/comments/%s/report",
				"/preview/%s", "/media/%s/w800.jpg", "/site/%s", "/api/v1/articles/%s", "/api/v1/articles/%s/ninjs",
				"/api/v1/articles/%s/comments", "/api/v1/articles/by-slug/%s", "/api/v1/sections/%s", "/api/v1/tags/%s",
				"/api/v1/authors/%s", "/api/v1/photos/%s");
		List<String> problems = new ArrayList<>();
		for (String template : templates) {
			for (String payload : PAYLOADS) {
				for (String value : List.of(payload, "world" + payload, "1" + payload)) {
					String path = template.replace("%s",
							URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
					SiteClient.Response response = this.client.get(path);
					check(path, value, response, problems);
					if (response.status() == 200 || response.status() == 304) {
						problems.add(path + ": found something (" + response.status() + ")");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(tableCount()).as("no table dropped").isEqualTo(tables);
		if (!TemporaryDataDirectory.ON_POSTGRES) { // PostgreSQL has no whole-database
													// check
			assertThat(this.jdbc.sql("PRAGMA integrity_check").query(String.class).single()).isEqualTo("ok");
		}
	}

	@Test
	void noPayloadInAQueryParameterListsMoreOrFails() {
		String article = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		long tables = tableCount();
		long comments = this.jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single();
		List<String> pages = List.of("/?page=%s", "/business/?page=%s", "/tag/climate?page=%s",
				"/author/maya-okafor?page=%s", article + "?moderation=%s", "/oembed?url=%s",
				"/oembed?format=%s&url=" + URLEncoder.encode(this.client.base() + article, StandardCharsets.UTF_8),
				"/oembed?maxwidth=%s&url=" + URLEncoder.encode(this.client.base() + article, StandardCharsets.UTF_8),
				"/comments/token?article=%s", "/comments/subscription/confirm?token=%s",
				"/comments/subscription/unsubscribe?token=%s", "/newsroom/sign-in?error=%s",
				"/newsroom/password?token=%s", "/api/v1/articles?limit=%s", "/api/v1/articles?cursor=%s",
				"/api/v1/articles?since=%s", "/api/v1/articles?until=%s");
		List<String> filters = List.of("/api/v1/articles?section=%s", "/api/v1/articles?tag=%s",
				"/api/v1/articles?author=%s");
		List<String> problems = new ArrayList<>();
		for (String payload : PAYLOADS) {
			String value = URLEncoder.encode(payload, StandardCharsets.UTF_8);
			for (String template : pages) {
				String path = template.replace("%s", value);
				check(path, payload, this.client.get(path), problems);
			}
			for (String template : filters) {
				for (String filter : List.of(payload, "world" + payload)) {
					String path = template.replace("%s", URLEncoder.encode(filter, StandardCharsets.UTF_8));
					SiteClient.Response response = this.client.get(path);
					check(path, filter, response, problems);
					if (response.status() == 200 && !response.body().contains("\"items\":[]")) {
						problems.add(path + ": a filter with a payload listed articles");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(tableCount()).as("no table dropped").isEqualTo(tables);
		assertThat(this.jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single()).isEqualTo(comments);
	}

	/**
	 * A server error, or words of a database or a stack trace in the answer (leaving out
	 * the request's own value and address, which an error message may name back).
	 */
	private static void check(String path, String value, SiteClient.Response response, List<String> problems) {
		// oEmbed answers a format it does not know with 501, as its specification asks.
		boolean unknownFormat = response.status() == 501 && path.startsWith("/oembed?format=");
		if (response.status() >= 500 && !unknownFormat) {
			problems.add(path + ": " + response.status());
		}
		String type = response.header("Content-Type").orElse("");
		String text = (type.contains("html") ? response.document().text() : response.body()).replace(path, "")
			.replace(value, "")
			.replace(value.replace("\\", "\\\\").replace("\"", "\\\""), "");
		boolean error = response.status() >= 400;
		if (!type.startsWith("image/") && (LEAK.matcher(text).find() || (error && ERROR_LEAK.matcher(text).find()))) {
			problems.add(path + ": the answer names the database or the code: "
					+ text.substring(0, Math.min(200, text.length())));
		}
	}

	private long tableCount() {
		String tables = TemporaryDataDirectory.ON_POSTGRES
				? "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
				: "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
		return this.jdbc.sql(tables).query(Long.class).single();
	}

}
