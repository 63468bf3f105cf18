package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;
import static org.dateline.feed.FeedSchemas.texts;

/**
 * Sitemaps of two URLs each ({@code dateline.sitemap.page-size=2}, where production has
 * 50,000) on the demo site: every kind runs over several pages, the index names each page
 * once, every page is valid by sitemaps.org's XSD and holds at most two URLs, and
 * together they list every tag, author, section and story exactly once, as the content
 * API knows them.
 */
@SiteTest
@TestPropertySource(properties = "dateline.sitemap.page-size=2")
class SitemapPagingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A sitemap's kind (pages, tags, authors, articles-2026-05) and its page number. */
	static final Pattern SITEMAP = Pattern
		.compile("/sitemap-(pages|tags|authors|articles-\\d{4}-\\d{2})(?:-(\\d+))?\\.xml");

	@Autowired
	SiteClient client;

	@Test
	void everyKindIsPagedAndTogetherThePagesListEveryUrlExactlyOnce() {
		byte[] index = get("/sitemap.xml");
		assertThat(FeedSchemas.xsdErrors(FeedSchemas.SITEMAP_INDEX, index)).isEmpty();
		List<String> sitemaps = texts(FeedSchemas.parse(index), "/sm:sitemapindex/sm:sitemap/sm:loc");
		assertThat(sitemaps).doesNotHaveDuplicates();
		Map<String, List<Integer>> pagesByKind = new LinkedHashMap<>();
		Map<String, List<String>> urlsByKind = new LinkedHashMap<>();
		for (String sitemap : sitemaps) {
			String path = sitemap.substring(this.client.base().length());
			Matcher matcher = SITEMAP.matcher(path);
			assertThat(matcher.matches()).as(path).isTrue();
			String kind = matcher.group(1).startsWith("articles") ? "articles" : matcher.group(1);
			pagesByKind.computeIfAbsent(matcher.group(1), (k) -> new ArrayList<>())
				.add(matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)));
			byte[] xml = get(path);
			assertThat(FeedSchemas.xsdErrors(FeedSchemas.SITEMAP, xml)).as(sitemap).isEmpty();
			List<Node> urls = nodes(FeedSchemas.parse(xml), "/sm:urlset/sm:url");
			assertThat(urls).as(sitemap).hasSizeBetween(1, 2);
			urls.forEach((url) -> urlsByKind.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(text(url, "sm:loc")));
		}
		// each kind's pages are numbered 1, 2, 3... with nothing skipped
		pagesByKind.forEach((kind, numbers) -> assertThat(numbers).as(kind)
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList()));

		List<String> tags = new ArrayList<>();
		api("/api/v1/tags").path("items").forEach((tag) -> tags.add(tag.path("url").asString()));
		List<String> sections = new ArrayList<>(List.of(this.client.base() + "/"));
		api("/api/v1/sections").path("items").forEach((section) -> sections.add(section.path("url").asString()));
		List<String> articles = new ArrayList<>();
		TreeSet<String> authors = new TreeSet<>();
		api("/api/v1/articles?limit=100").path("items").forEach((article) -> {
			articles.add(article.path("url").asString());
			article.path("authors").forEach((author) -> authors.add(author.path("url").asString()));
		});
		assertThat(tags).hasSizeGreaterThan(4);
		assertThat(authors).hasSizeGreaterThan(2);

		assertThat(urlsByKind.get("tags")).containsExactlyInAnyOrderElementsOf(tags);
		assertThat(pagesByKind.get("tags")).hasSize(Math.ceilDiv(tags.size(), 2));
		assertThat(urlsByKind.get("authors")).containsExactlyInAnyOrderElementsOf(authors);
		assertThat(pagesByKind.get("authors")).hasSize(Math.ceilDiv(authors.size(), 2));
		assertThat(urlsByKind.get("pages")).containsExactlyInAnyOrderElementsOf(sections);
		assertThat(pagesByKind.get("pages")).hasSize(Math.ceilDiv(sections.size(), 2));
		assertThat(urlsByKind.get("articles")).hasSize(24).containsExactlyInAnyOrderElementsOf(articles);
		assertThat(pagesByKind).anySatisfy((kind, numbers) -> {
			assertThat(kind).startsWith("articles-");
			assertThat(numbers).hasSizeGreaterThan(1);
		});
	}

	@Test
	void aPageAfterTheLastOrANumberedFirstPageIsNotFound() {
		for (String path : List.of("/sitemap-tags-1.xml", "/sitemap-tags-999.xml", "/sitemap-authors-999.xml",
				"/sitemap-pages-1.xml", "/sitemap-pages-999.xml", "/sitemap-tags-0.xml")) {
			assertThat(this.client.get(path).status()).as(path).isEqualTo(404);
		}
		String month = texts(FeedSchemas.parse(get("/sitemap.xml")), "/sm:sitemapindex/sm:sitemap/sm:loc").stream()
			.filter((url) -> url.matches(".*/sitemap-articles-\\d{4}-\\d{2}\\.xml"))
			.findFirst()
			.orElseThrow();
		String path = month.substring(this.client.base().length());
		assertThat(this.client.get(path).status()).isEqualTo(200);
		assertThat(this.client.get(path.replace(".xml", "-1.xml")).status()).isEqualTo(404);
		assertThat(this.client.get(path.replace(".xml", "-999.xml")).status()).isEqualTo(404);
	}

	byte[] get(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body().getBytes(StandardCharsets.UTF_8);
	}

	JsonNode api(String path) {
		JsonNode body = JSON.readTree(this.client.get(path).body());
		assertThat(body.path("next").isNull() || body.path("next").isMissingNode()).as(path + " fits one page")
			.isTrue();
		return body;
	}

}
