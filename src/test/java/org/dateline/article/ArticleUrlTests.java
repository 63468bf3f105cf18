package org.dateline.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article URLs are stable: a wrong section or date, an old slug or a missing slash
 * answers with a 301 to the current URL; anything unknown or malformed gets the site's
 * own 404 or 400 page, never a stack trace.
 */
@SiteTest
class ArticleUrlTests {

	@Autowired
	ArticleService articles;

	@Autowired
	SiteClient client;

	@LocalServerPort
	int port;

	@Test
	void aWrongSectionOrDateRedirectsPermanentlyToTheArticle() {
		String path = DemoPaths.article(this.client, "business", "sao-paulo-warehouse-four-day-week");
		String wrongSection = path.replaceFirst("^/business/", "/culture/");
		String wrongDate = path.replaceFirst("/\\d{4}/\\d{2}/\\d{2}/", "/2001/01/01/");
		for (String wrong : new String[] { wrongSection, wrongDate }) {
			SiteClient.Response response = this.client.get(wrong);
			assertThat(response.status()).as(wrong).isEqualTo(301);
			assertThat(response.header("Location")).hasValue(path);
		}
	}

	@Test
	void anArticleWhoseSlugChangedStillAnswersAtItsOldUrl() {
		String old = DemoPaths.article(this.client, "science", "malmo-green-roofs-street-heat");
		this.articles.changeSlug("malmo-green-roofs-street-heat", "malmo-green-roofs-cool-streets");
		SiteClient.Response moved = this.client.get(old);
		assertThat(moved.status()).isEqualTo(301);
		String current = moved.header("Location").orElseThrow();
		assertThat(current).endsWith("/malmo-green-roofs-cool-streets");
		assertThat(this.client.get(current).status()).isEqualTo(200);
		this.articles.changeSlug("malmo-green-roofs-cool-streets", "malmo-green-roofs-street-heat");
		assertThat(this.client.get(current).header("Location")).hasValue(old);
		assertThat(this.client.get(old).status()).isEqualTo(200);
	}

	@Test
	void aSectionWithoutItsTrailingSlashRedirects() {
		SiteClient.Response response = this.client.get("/world");
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.header("Location")).hasValue("/world/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/world/2026/01/01/no-such-story", "/no-such-section/", "/no-such-section",
			"/tag/no-such-tag", "/author/nobody", "/world/2026/1/1/short-date", "/media/aaaaaaaaaaaaaaaaaaaa/w480.jpg",
			"/media/zzzzzzzzzzzzzzzzzzzz/huge.jpg", "/nothing/here/at/all/really/deep", "/world/?page=99",
			"/world/?page=0", "/world/?page=-3", "/?page=999999999" })
	void unknownPagesGetTheSites404Page(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.document().selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(response.document().select("nav.sections a")).as("in the site's design").isNotEmpty();
		assertThat(response.header("Cache-Control")).hasValue("no-store");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/world/?page=abc", "/?page=1e9", "/tag/transport?page=%00", "/?page=99999999999999999999" })
	void malformedQueryStringsGetABadRequestPageWithoutATrace(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.document().selectFirst("h1").text()).isEqualTo("Bad request");
		assertNoTrace(response.body());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%", "/%zz", "/world/%c0%ae%c0%ae/", "/..%2f..%2fetc%2fpasswd", "/world/..;/..;/",
			"/a\\b", "/%00", "/world/2026/11/28/%ff%fe" })
	void malformedPathsNeverCauseAServerError(String path) throws IOException {
		String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		int status = Integer.parseInt(response.substring(9, 12));
		assertThat(status).as(path).isBetween(400, 499);
		assertNoTrace(response);
	}

	@Test
	void aVeryLongPathIsRefusedCleanly() throws IOException {
		String response = raw(
				"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(Integer.parseInt(response.substring(9, 12))).isBetween(400, 499);
		assertNoTrace(response);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertNoTrace(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at java.")
			.doesNotContain("Tomcat")
			.doesNotContainIgnoringCase("stack");
	}

}
