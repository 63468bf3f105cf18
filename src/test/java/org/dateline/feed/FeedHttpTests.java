package org.dateline.feed;

import java.util.List;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds over HTTP: their types, conditional GET with {@code ETag} and
 * {@code Last-Modified} (from the page cache and, for requests it does not serve, from
 * the controller), surrogate keys, {@code Link} headers, and URLs that never shadow a
 * page.
 */
@SiteTest
class FeedHttpTests {

	/** A cookie that makes every request bypass the page cache (see QueryCountTests). */
	static final String UNCACHED = "dateline_pending=";

	@Autowired
	SiteClient client;

	@Test
	void feedsSayWhatTheyAreWithTheirCharset() {
		assertThat(this.client.get("/rss.xml").header("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");
		assertThat(this.client.get("/atom.xml").header("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		assertThat(this.client.get("/sitemap.xml").header("Content-Type")).hasValue("application/xml;charset=UTF-8");
		assertThat(this.client.get("/robots.txt").header("Content-Type")).hasValue("text/plain;charset=UTF-8");
	}

	@Test
	void anUnchangedFeedAnswersNotModifiedToEitherCondition() {
		for (String cookie : List.of("theme=dark", UNCACHED)) {
			for (String path : List.of("/rss.xml", "/world/atom.xml", "/tag/climate/rss.xml", "/sitemap.xml")) {
				SiteClient.Response first = this.client.get(path, "Cookie", cookie);
				String etag = first.header("ETag").orElseThrow();
				String lastModified = first.header("Last-Modified").orElseThrow();
				assertThat(this.client.get(path, "Cookie", cookie, "If-None-Match", etag).status()).as(path)
					.isEqualTo(304);
				assertThat(this.client.get(path, "Cookie", cookie, "If-Modified-Since", lastModified).status()).as(path)
					.isEqualTo(304);
				assertThat(this.client.get(path, "Cookie", cookie, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
					.status()).as(path).isEqualTo(200);
				SiteClient.Response changed = this.client.get(path, "Cookie", cookie, "If-None-Match", "\"other\"",
						"If-Modified-Since", lastModified);
				assertThat(changed.status()).as("If-None-Match decides when both are sent").isEqualTo(200);
				assertThat(changed.body()).isEqualTo(first.body());
			}
		}
	}

	@Test
	void theFirstReaderWithAConditionStillFillsTheCache() {
		String path = "/business/rss.xml";
		SiteClient.Response page = this.client.get(path, "Cookie", UNCACHED);
		SiteClient.Response conditional = this.client.get(path, "If-None-Match", page.header("ETag").orElseThrow());
		assertThat(conditional.status()).isEqualTo(304);
		SiteClient.Response next = this.client.get(path);
		assertThat(next.header("X-Cache")).hasValue("HIT");
		assertThat(next.body()).isEqualTo(page.body());
	}

	@Test
	void feedsAreCachedWithTheKeysOfThePagesListingTheSameStories() {
		assertKeys("/rss.xml", "front");
		assertKeys("/world/atom.xml", "section-world");
		assertKeys("/tag/climate/rss.xml", "tag-climate");
		assertKeys("/author/maya-okafor/atom.xml", "author-maya-okafor");
		assertKeys("/news-sitemap.xml", "front");
		String article = DemoPaths.article(this.client, "world", FeedContentTests.HONG_KONG);
		String articleKey = List.of(this.client.get(article).header("Surrogate-Key").orElseThrow().split(" "))
			.stream()
			.filter((key) -> key.startsWith("article-"))
			.findFirst()
			.orElseThrow();
		assertKeys(article + "/comments/rss.xml", articleKey);
	}

	@Test
	void feedsNameThemselvesInALinkHeaderOnce() {
		for (int i = 0; i < 2; i++) { // rendered, then from the cache
			SiteClient.Response response = this.client.get("/culture/atom.xml");
			assertThat(response.headers("Link"))
				.containsExactly("<" + this.client.base() + "/culture/atom.xml>; rel=\"self\"");
		}
	}

	@Test
	void feedUrlsNeverTakeAPagesPlace() {
		assertThat(this.client.get("/world/").header("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(this.client.get("/world").status()).isEqualTo(301);
		assertThat(this.client.get("/tag/climate").header("Content-Type").orElseThrow()).startsWith("text/html");
		String article = DemoPaths.article(this.client, "world", FeedContentTests.HONG_KONG);
		assertThat(this.client.get(article).header("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(this.client.get("/no-such-section/rss.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/tag/no-such-tag/atom.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/author/nobody-here/rss.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/world/json.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/world/2020/01/01/no-such-story/comments/rss.xml").status()).isEqualTo(404);
		String wrongDate = article.replaceFirst("/\\d{4}/", "/1999/");
		SiteClient.Response moved = this.client.get(wrongDate + "/comments/atom.xml");
		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.header("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(article + "/comments/atom.xml"));
	}

	private void assertKeys(String path, String key) {
		this.client.get(path);
		SiteClient.Response cached = this.client.get(path);
		assertThat(cached.header("X-Cache")).as(path).hasValue("HIT");
		assertThat(cached.header("Surrogate-Key").orElseThrow().split(" ")).as(path).contains(key);
	}

}
