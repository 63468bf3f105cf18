package org.dateline.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;
import static org.dateline.feed.FeedSchemas.texts;

/**
 * What the feeds say about the demo stories, checked against the article pages: the hero
 * photo as Media RSS with the real variant, its alt text, caption and credit; every
 * byline; dates; permanent ids; the whole text with absolute links; and comments without
 * a commenter's email address.
 */
@SiteTest
class FeedContentTests {

	static final String HONG_KONG = "hong-kong-kowloon-storm-bypass-opens";

	@Autowired
	SiteClient client;

	Document feed(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return FeedSchemas.parse(response.body().getBytes(StandardCharsets.UTF_8));
	}

	Node rssItem(Document rss, String articlePath) {
		List<Node> items = nodes(rss, "/rss/channel/item[link='" + this.client.base() + articlePath + "']");
		assertThat(items).as(articlePath).hasSize(1);
		return items.getFirst();
	}

	@Test
	void theHeroPhotoIsTheRealVariantWithItsAltTextCaptionAndCredit() throws Exception {
		String path = DemoPaths.article(this.client, "world", HONG_KONG);
		org.jsoup.nodes.Document page = this.client.get(path).document();
		Element img = page.selectFirst("figure.hero img");
		Node media = nodes(rssItem(feed("/world/rss.xml"), path), "media:content").getFirst();
		String url = text(media, "@url");
		assertThat(url).startsWith(this.client.base() + "/media/").endsWith(".jpg");
		assertThat(text(media, "media:description")).isEqualTo(img.attr("alt")).isNotBlank();
		assertThat(text(media, "media:title")).isEqualTo(page.selectFirst("figure.hero .caption").text())
			.startsWith("HONG KONG, CHINA - ");
		assertThat(text(media, "media:credit")).isEqualTo(page.selectFirst("figure.hero .credit").text())
			.isEqualTo("Photo: Harbourline Agency / Kenji Morrow");
		HttpResponse<byte[]> image = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(text(media, "@type")));
		var decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
		assertThat(decoded.getWidth()).isEqualTo(Integer.parseInt(text(media, "@width")));
		assertThat(decoded.getHeight()).isEqualTo(Integer.parseInt(text(media, "@height")));
		Node entry = atomEntry(feed("/world/atom.xml"), path);
		assertThat(text(entry, "media:content/@url")).isEqualTo(url);
	}

	@Test
	void everyBylineIsThereAsDcCreatorAndAsAtomAuthor() {
		String path = DemoPaths.article(this.client, "world", "andes-rail-tunnel-breakthrough");
		List<String> bylines = this.client.get(path)
			.document()
			.selectFirst("article.story .byline")
			.select("a[rel=author]")
			.eachText();
		assertThat(bylines).hasSizeGreaterThan(1);
		assertThat(texts(rssItem(feed("/rss.xml"), path), "dc:creator")).isEqualTo(bylines);
		Node entry = atomEntry(feed("/atom.xml"), path);
		assertThat(texts(entry, "atom:author/atom:name")).isEqualTo(bylines);
		assertThat(texts(entry, "atom:author/atom:uri"))
			.allMatch((uri) -> uri.startsWith(this.client.base() + "/author/"));
	}

	@Test
	void datesAreThoseOfThePageAndUpdatesShow() {
		String path = DemoPaths.article(this.client, "world", HONG_KONG);
		org.jsoup.nodes.Document page = this.client.get(path).document();
		OffsetDateTime published = OffsetDateTime
			.parse(page.selectFirst("meta[property=article:published_time]").attr("content"));
		OffsetDateTime updated = OffsetDateTime
			.parse(page.selectFirst("meta[property=article:modified_time]").attr("content"));
		assertThat(RssRules.rfc822(text(rssItem(feed("/rss.xml"), path), "pubDate")).toInstant())
			.isEqualTo(published.toInstant());
		Node entry = atomEntry(feed("/atom.xml"), path);
		assertThat(OffsetDateTime.parse(text(entry, "atom:published")).toInstant()).isEqualTo(published.toInstant());
		assertThat(OffsetDateTime.parse(text(entry, "atom:updated")).toInstant()).isEqualTo(updated.toInstant())
			.isAfter(published.toInstant());
	}

	@Test
	void idsArePermanentTagUrisSharedByBothFormats() {
		String path = DemoPaths.article(this.client, "world", HONG_KONG);
		Node item = rssItem(feed("/rss.xml"), path);
		assertThat(text(item, "guid/@isPermaLink")).isEqualTo("false");
		assertThat(text(item, "guid")).matches("tag:localhost,\\d{4}-\\d{2}-\\d{2}:article-\\d+");
		assertThat(text(atomEntry(feed("/atom.xml"), path), "atom:id")).isEqualTo(text(item, "guid"));
	}

	@Test
	void theWholeStoryIsThereWithAbsoluteLinksAndTheDekAsSummary() {
		String path = DemoPaths.article(this.client, "world", HONG_KONG);
		org.jsoup.nodes.Document page = this.client.get(path).document();
		Node item = rssItem(feed("/rss.xml"), path);
		org.jsoup.nodes.Document content = org.jsoup.Jsoup.parseBodyFragment(text(item, "content:encoded"));
		assertThat(content.selectFirst(".dateline").text())
			.isEqualTo(page.selectFirst("article.story .dateline").text());
		assertThat(content.select("p")).hasSizeGreaterThan(3);
		assertThat(content.select("[src], [href]")).isNotEmpty().allSatisfy((element) -> {
			String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
			assertThat(RssRules.absolute(url) || url.startsWith("mailto:")).as(url).isTrue();
		});
		String dek = page.selectFirst("meta[name=description]").attr("content");
		assertThat(org.jsoup.Jsoup.parseBodyFragment(text(item, "description")).text()).isEqualTo(dek);
		Node entry = atomEntry(feed("/atom.xml"), path);
		assertThat(text(entry, "atom:summary")).isEqualTo(dek);
		assertThat(text(entry, "atom:content/@type")).isEqualTo("html");
	}

	@Test
	void theCommentsFeedHasTheApprovedCommentsAndNoEmailAddress() {
		String path = DemoPaths.article(this.client, "world", HONG_KONG);
		List<String> onPage = this.client.get(path).document().select(".comments .comment-author").eachText();
		for (String format : List.of("rss", "atom")) {
			SiteClient.Response response = this.client.get(path + "/comments/" + format + ".xml");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).doesNotContain("@example.").doesNotContain("mailto:");
			Document comments = FeedSchemas.parse(response.body().getBytes(StandardCharsets.UTF_8));
			List<String> names = "rss".equals(format) ? texts(comments, "//item/dc:creator")
					: texts(comments, "//atom:entry/atom:author/atom:name");
			assertThat(names).isNotEmpty().containsExactlyInAnyOrderElementsOf(onPage.isEmpty() ? names : onPage);
			assertThat(names).contains("Siobhán Ní Bhriain");
		}
	}

	Node atomEntry(Document atom, String articlePath) {
		List<Node> entries = nodes(atom,
				"/atom:feed/atom:entry[atom:link[@rel='alternate']/@href='" + this.client.base() + articlePath + "']");
		assertThat(entries).as(articlePath).hasSize(1);
		return entries.getFirst();
	}

}
