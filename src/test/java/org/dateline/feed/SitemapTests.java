package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;
import static org.dateline.feed.FeedSchemas.texts;

/**
 * The sitemaps against sitemaps.org's XSDs (the index against {@code siteindex.xsd}, each
 * sitemap against {@code sitemap.xsd}), the news sitemap against Google's News XSD as
 * well, with what they list checked against the site; and {@code robots.txt}.
 */
@SiteTest
class SitemapTests {

	@Autowired
	SiteClient client;

	byte[] get(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void theIndexAndEverySitemapInItAreValidAndListEveryPage() {
		byte[] index = get("/sitemap.xml");
		assertThat(FeedSchemas.xsdErrors(FeedSchemas.SITEMAP_INDEX, index)).isEmpty();
		List<String> sitemaps = texts(FeedSchemas.parse(index), "/sm:sitemapindex/sm:sitemap/sm:loc");
		assertThat(sitemaps).contains(this.client.base() + "/sitemap-pages.xml",
				this.client.base() + "/sitemap-tags.xml", this.client.base() + "/sitemap-authors.xml");
		List<String> urls = new ArrayList<>();
		for (String sitemap : sitemaps) {
			assertThat(sitemap).startsWith(this.client.base() + "/");
			byte[] xml = get(sitemap.substring(this.client.base().length()));
			assertThat(FeedSchemas.xsdErrors(FeedSchemas.SITEMAP, xml)).as(sitemap).isEmpty();
			Document document = FeedSchemas.parse(xml);
			for (Node url : nodes(document, "/sm:urlset/sm:url")) {
				urls.add(text(url, "sm:loc"));
				assertThat(text(url, "sm:lastmod")).isNotBlank();
			}
		}
		assertThat(urls).doesNotHaveDuplicates()
			.contains(this.client.base() + "/", this.client.base() + "/world/", this.client.base() + "/tag/climate",
					this.client.base() + "/author/maya-okafor")
			.filteredOn((url) -> url.matches(".*/\\d{4}/\\d{2}/\\d{2}/.*"))
			.hasSize(24);
		for (String url : urls) {
			assertThat(this.client.get(url.substring(this.client.base().length())).status()).as(url).isEqualTo(200);
		}
	}

	@Test
	void aMonthWithoutStoriesHasNoSitemap() {
		assertThat(this.client.get("/sitemap-articles-1999-01.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/sitemap-articles-2026-13.xml").status()).isEqualTo(404);
	}

	@Test
	void theNewsSitemapIsValidAndHasExactlyTheStoriesOfTheLast48Hours() {
		byte[] xml = get("/news-sitemap.xml");
		assertThat(FeedSchemas.xsdErrors(FeedSchemas.NEWS_SITEMAP, xml)).isEmpty();
		Document news = FeedSchemas.parse(xml);
		Map<String, String> titles = new TreeMap<>();
		for (Node url : nodes(news, "/sm:urlset/sm:url")) {
			assertThat(text(url, "news:news/news:publication/news:name")).isEqualTo("Dateline News");
			assertThat(text(url, "news:news/news:publication/news:language")).isEqualTo("en");
			Instant published = OffsetDateTime.parse(text(url, "news:news/news:publication_date")).toInstant();
			assertThat(published).isAfter(Instant.now().minus(Duration.ofHours(48)));
			titles.put(text(url, "sm:loc"), text(url, "news:news/news:title"));
		}
		// the site's feed has the latest twenty stories, with their headlines and dates
		Document rss = FeedSchemas.parse(get("/rss.xml"));
		Map<String, String> recent = new TreeMap<>();
		for (Node item : nodes(rss, "/rss/channel/item")) {
			Instant published = RssRules.rfc822(text(item, "pubDate")).toInstant();
			if (published.isAfter(Instant.now().minus(Duration.ofHours(48)))) {
				recent.put(text(item, "link"), text(item, "title"));
			}
		}
		assertThat(titles).isNotEmpty().isEqualTo(recent);
		// the demo has stories from 3 hours to 9 days ago: some are too old for the news
		Set<String> all = nodes(rss, "/rss/channel/item/link").stream()
			.map(Node::getTextContent)
			.collect(Collectors.toSet());
		assertThat(all).hasSizeGreaterThan(titles.size());
	}

	@Test
	void robotsNamesBothSitemapsAndKeepsCrawlersOutOfTheNewsroomPreviewsAndSearch() {
		String robots = this.client.get("/robots.txt").body();
		assertThat(robots.lines().toList()).contains("User-agent: *", "Disallow: /newsroom/", "Disallow: /preview/",
				"Disallow: /search$", "Disallow: /search?", "Sitemap: " + this.client.base() + "/sitemap.xml",
				"Sitemap: " + this.client.base() + "/news-sitemap.xml");
	}

}
