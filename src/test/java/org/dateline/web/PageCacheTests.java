package org.dateline.web;

import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reader pages come from the in-process cache: rendered once, revalidated with ETags,
 * purged by what changes them, and never shared when they are personal.
 */
@SiteTest
class PageCacheTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageIsRenderedOnceAndThenServedFromMemoryWithCacheHeaders() {
		String path = DemoPaths.article(this.client, "business", "sao-paulo-warehouse-four-day-week");
		SiteClient.Response first = this.client.get(path);
		SiteClient.Response second = this.client.get(path);
		assertThat(first.header("X-Cache").orElse("")).isIn("MISS", "HIT");
		assertThat(second.header("X-Cache")).hasValue("HIT");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("Cache-Control")).hasValueSatisfying((value) -> assertThat(value).contains("public")
			.contains("s-maxage=")
			.contains("stale-while-revalidate=")
			.contains("stale-if-error="));
		assertThat(second.header("Surrogate-Key")).hasValueSatisfying(
				(keys) -> assertThat(keys.split(" ")).contains("site").anyMatch((key) -> key.startsWith("article-")));
		assertThat(second.header("ETag")).isPresent();
		assertThat(second.header("Content-Security-Policy")).as("cached pages keep the security headers").isPresent();
	}

	@Test
	void conditionalRequestsGetNotModified() {
		SiteClient.Response page = this.client.get("/culture/");
		String etag = page.header("ETag").orElseThrow();
		SiteClient.Response again = this.client.get("/culture/", "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(this.client.get("/culture/", "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
	}

	@Test
	void pagesAreSentGzippedToClientsThatAcceptIt() throws Exception {
		this.client.get("/business/");
		SiteClient.Response plain = this.client.get("/business/");
		java.net.http.HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.client.base() + "/business/"))
				.header("Accept-Encoding", "gzip")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
	}

	@Test
	void anApprovedCommentPurgesItsArticlesPage() {
		String path = DemoPaths.article(this.client, "world", "hong-kong-kowloon-storm-bypass-opens");
		this.client.get(path);
		assertThat(this.client.get(path).header("X-Cache")).hasValue("HIT");
		long article = Long
			.parseLong(this.client.get(path).document().selectFirst("section#comments").attr("data-article"));
		long id = this.comments.addApproved(article, null, "Cache Tester", "cache@example.org", "", "Fresh comment",
				Instant.now());
		this.jdbc.sql("UPDATE comment SET status = 'PENDING' WHERE id = :id").param("id", id).update();
		this.client.get(path);
		this.moderation.decide(List.of(id), CommentModeration.Action.APPROVE, "test");
		SiteClient.Response after = this.client.get(path);
		assertThat(after.header("X-Cache")).hasValue("MISS");
		assertThat(after.document().getElementById("comment-" + id)).isNotNull();
	}

	@Test
	void personalPagesFormsAndTheNewsroomAreNeverShared() {
		String path = DemoPaths.article(this.client, "world", "hong-kong-kowloon-storm-bypass-opens");
		assertThat(this.client.get(path, "Cookie", "dateline_pending=1.x").header("X-Cache")).isEmpty();
		assertThat(this.client.get(path, "Cookie", "JSESSIONID=abc").header("X-Cache")).isEmpty();
		assertThat(this.client.get(path + "?replyto=1").header("X-Cache")).isEmpty();
		assertThat(this.client.get(path + "?utm_source=x").header("X-Cache")).isEmpty();
		assertThat(this.client.get("/newsroom/sign-in").header("X-Cache")).isEmpty();
		assertThat(this.client.get("/no-such-page").header("X-Cache")).isEmpty();
	}

}
