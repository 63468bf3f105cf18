package org.dateline.article;

import java.util.ArrayList;
import java.util.List;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page, read over HTTP and parsed as a browser would: the parts DESIGN.md
 * lists, in order, and the metadata crawlers and link previews read.
 */
@SiteTest
class ArticlePageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	private Document article(String section, String slug) {
		SiteClient.Response response = this.client.get(DemoPaths.article(this.client, section, slug));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		return response.document();
	}

	@Test
	void showsThePartsOfAStoryInTheOrderReadersExpect() {
		Document page = article("world", "reykjavik-atlantic-storm-closes-ring-road");
		Element story = page.selectFirst("main article.story");
		assertThat(story).isNotNull();
		List<String> order = new ArrayList<>();
		for (Element element : story.select(
				"h1.headline, p.dek, p.byline, .story-meta time[datetime], figure.hero, div.story-body, section.corrections, ul.tags")) {
			String name = element.tagName() + "." + element.className().split(" ")[0];
			if (order.isEmpty() || !order.getLast().equals(name)) {
				order.add(name);
			}
		}
		assertThat(order).containsExactly("h1.headline", "p.dek", "p.byline", "time.", "figure.hero", "div.story-body",
				"section.corrections", "ul.tags");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("Atlantic storm closes Iceland's Ring Road and grounds domestic flights");
		Element related = page.selectFirst("aside.related");
		Element comments = page.selectFirst("section#comments");
		assertThat(related).isNotNull();
		assertThat(comments).isNotNull();
		assertThat(related.elementSiblingIndex()).isLessThan(comments.elementSiblingIndex());
		assertThat(story.elementSiblingIndex()).isLessThan(related.elementSiblingIndex());
	}

	@Test
	void bylinesLinkToAuthorPagesAndTimesAreMachineReadable() {
		Document page = article("business", "rotterdam-terminal-operator-volumes-rise");
		assertThat(page.select("p.byline a[rel=author]").eachAttr("href")).containsExactly("/author/tomas-lindqvist",
				"/author/maya-okafor");
		assertThat(page.selectFirst("p.byline").text()).isEqualTo("By Tomas Lindqvist and Maya Okafor");
		Element published = page.selectFirst(".published time");
		assertThat(published.attr("datetime"))
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
		assertThat(page.select(".updated time")).as("no update after publication, no updated time").isEmpty();
	}

	@Test
	void anUpdatedStoryShowsWhenItWasUpdated() {
		Document page = article("world", "reykjavik-atlantic-storm-closes-ring-road");
		Element published = page.selectFirst(".published time");
		Element updated = page.selectFirst(".updated time");
		assertThat(updated).isNotNull();
		assertThat(updated.attr("datetime")).isGreaterThan(published.attr("datetime"));
	}

	@Test
	void heroPhotoIsAResponsiveFigureWithCaptionAndCreditButAltTextOnlyForScreenReaders() {
		Document page = article("world", "nairobi-eastlands-electric-rail-first-day");
		Element hero = page.selectFirst("figure.hero");
		Element img = hero.selectFirst("img");
		assertThat(img.attr("srcset")).contains("480w").contains("800w").contains("1200w");
		assertThat(img.attr("width")).isEqualTo("1600");
		assertThat(img.attr("height")).isEqualTo("1067");
		String alt = img.attr("alt");
		assertThat(alt).isNotBlank();
		Element caption = hero.selectFirst("figcaption .caption");
		Element credit = hero.selectFirst("figcaption .credit");
		assertThat(caption.text()).matches("NAIROBI, KENYA - [A-Z]+ \\d{1,2}: .+");
		assertThat(credit.text()).isEqualTo("Photo: Dateline Wire / Wanjiru Kamau");
		assertThat(page.body().text()).as("the alt text is never printed as visible text").doesNotContain(alt);
		for (String candidate : img.attr("srcset").split(",\\s*")) {
			assertThat(this.client.get(candidate.split(" ")[0]).status()).isEqualTo(200);
		}
	}

	@Test
	void theDatelineOpensTheFirstParagraphInAnElementOfItsOwn() {
		Document page = article("culture", "krakow-translation-prize-salt-orchard");
		Element first = page.selectFirst("div.story-body > p");
		Element dateline = first.child(0);
		assertThat(dateline.tagName()).isEqualTo("span");
		assertThat(dateline.className()).isEqualTo("dateline");
		assertThat(dateline.text()).isEqualTo("KRAKÓW, Poland");
		assertThat(first.text()).startsWith("KRAKÓW, Poland \u2013 ");
		assertThat(page.select("span.dateline")).hasSize(1);
	}

	@Test
	void correctionsAreListedWithTheirDates() {
		Document page = article("culture", "krakow-translation-prize-salt-orchard");
		Element corrections = page.selectFirst("section.corrections");
		assertThat(corrections.selectFirst("h2").text()).isEqualTo("Corrections and updates");
		Element correction = corrections.selectFirst("li.correction-correction");
		assertThat(correction.selectFirst("strong").text()).isEqualTo("Correction");
		assertThat(correction.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(correction.text()).contains("An earlier version");
	}

	@Test
	void approvedCommentsAreThreadedWithPermalinksAndNoEmailAddress() {
		SiteClient.Response response = this.client
			.get(DemoPaths.article(this.client, "world", "nairobi-eastlands-electric-rail-first-day"));
		Document page = response.document();
		Element comments = page.selectFirst("section#comments");
		assertThat(comments.selectFirst("h2").text()).isEqualTo("3 comments");
		assertThat(comments.select("ol.comment-list > li.comment")).hasSize(1);
		assertThat(
				comments.select("ol.comment-list > li.comment > ol.children > li.comment > ol.children > li.comment"))
			.as("a reply to a reply")
			.hasSize(1);
		for (Element comment : comments.select("li.comment")) {
			assertThat(comment.id()).matches("comment-\\d+");
			assertThat(comment.selectFirst("a.comment-permalink").attr("href")).isEqualTo("#" + comment.id());
			assertThat(comment.selectFirst("time").attr("datetime")).isNotBlank();
		}
		assertThat(response.body()).doesNotContainPattern("[A-Za-z0-9._%+-]+@example\\.(org|com|net)");
	}

	@Test
	void commentLinksToWebsitesAreMarkedAsUserContent() {
		Document page = article("culture", "montreal-underground-music-festival");
		List<Element> links = page.select(".comment-author a");
		assertThat(links).isNotEmpty();
		for (Element link : links) {
			assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
			assertThat(link.attr("href")).startsWith("https://");
		}
	}

	@Test
	void theReplyFormAsksForWhatIsRequiredAndPromisesNotToPublishTheEmail() {
		Document page = article("world", "nairobi-eastlands-electric-rail-first-day");
		Element form = page.selectFirst("#respond form.comment-form");
		assertThat(page.selectFirst("#respond .respond-title-text").text()).isEqualTo("Leave a Reply");
		assertThat(form.selectFirst(".comment-notes").text())
			.isEqualTo("Your email address will not be published. Required fields are marked *");
		for (String field : List.of("body", "name", "email")) {
			Element input = form.selectFirst("[name=" + field + "]");
			assertThat(input.hasAttr("required")).as(field).isTrue();
			assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).as(field).endsWith("*");
		}
		Element website = form.selectFirst("[name=website]");
		assertThat(website.hasAttr("required")).isFalse();
		assertThat(form.selectFirst("label[for=" + website.id() + "]").text()).isEqualTo("Website");
	}

	@Test
	void aClosedArticleSaysCommentsAreClosed() {
		Document page = article("world", "malaga-lifts-water-restrictions");
		assertThat(page.selectFirst(".comments-closed").text()).isEqualTo("Comments are closed for this article.");
		assertThat(page.select("#respond")).isEmpty();
		assertThat(page.select("li.comment")).hasSize(3);
	}

	@Test
	void relatedStoriesLinkToOtherPublishedArticles() {
		String path = DemoPaths.article(this.client, "science", "barents-cod-spawning-shifts-north");
		Document page = this.client.get(path).document();
		List<String> related = page.select("aside.related .teaser-headline a").eachAttr("href");
		assertThat(related).hasSize(ArticleController.RELATED).doesNotContain(path).doesNotHaveDuplicates();
		for (String link : related) {
			assertThat(this.client.get(link).status()).isEqualTo(200);
		}
	}

	@Test
	void headCarriesCanonicalOpenGraphAndTwitterCardTags() {
		String path = DemoPaths.article(this.client, "world", "nairobi-eastlands-electric-rail-first-day");
		Document page = this.client.get(path).document();
		String canonical = this.client.base() + path;
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).startsWith("Nairobi's new electric");
		assertThat(page.selectFirst("meta[property=og:description]").attr("content")).startsWith("More than 31,000");
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).endsWith("/16x9.jpg");
		assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("meta[property=article:published_time]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).endsWith("/16x9.jpg");
	}

	@Test
	void newsArticleStructuredDataHasWhatGoogleAsksForAndTheNewsTradesFields() {
		String path = DemoPaths.article(this.client, "world", "reykjavik-atlantic-storm-closes-ring-road");
		Document page = this.client.get(path).document();
		JsonNode article = structuredData(page, "NewsArticle");
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("headline").asString()).isEqualTo(page.selectFirst("h1").text());
		assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(this.client.base() + path);
		assertThat(article.get("datePublished").asString())
			.isEqualTo(page.selectFirst(".published time").attr("datetime"));
		assertThat(article.get("dateModified").asString())
			.isEqualTo(page.selectFirst(".updated time").attr("datetime"));
		assertThat(article.get("dateline").asString()).isEqualTo("REYKJAVÍK, Iceland");
		assertThat(article.get("author")).hasSize(1);
		assertThat(article.get("author").get(0).get("name").asString()).isEqualTo("Priya Raman");
		assertThat(article.get("author").get(0).get("url").asString())
			.isEqualTo(this.client.base() + "/author/priya-raman");
		JsonNode publisher = article.get("publisher");
		assertThat(publisher.get("name").asString()).isEqualTo("Dateline News");
		assertThat(
				this.client.get(publisher.get("logo").get("url").asString().replace(this.client.base(), "")).status())
			.isEqualTo(200);
		JsonNode corrections = article.get("correction");
		assertThat(corrections).hasSize(1);
		assertThat(corrections.get(0).get("@type").asString()).isEqualTo("CorrectionComment");
		assertThat(corrections.get(0).get("datePublished").asString()).isNotBlank();
		assertThat(article.get("commentCount").asInt()).isZero();
	}

	@Test
	void structuredDataOffersTheHeroAsSixteenByNineFourByThreeAndSquareCrops() throws Exception {
		Document page = article("business", "rotterdam-terminal-operator-volumes-rise");
		JsonNode images = structuredData(page, "NewsArticle").get("image");
		assertThat(images).hasSize(3);
		double[] ratios = { 16.0 / 9, 4.0 / 3, 1.0 };
		for (int i = 0; i < 3; i++) {
			String url = images.get(i).asString();
			assertThat(url).startsWith(this.client.base() + "/media/");
			java.awt.image.BufferedImage image = javax.imageio.ImageIO
				.read(new java.io.ByteArrayInputStream(this.client.bytes(url.replace(this.client.base(), ""))));
			assertThat((double) image.getWidth() / image.getHeight()).as(url)
				.isCloseTo(ratios[i], org.assertj.core.data.Offset.offset(0.01));
			assertThat(image.getWidth() * image.getHeight()).as("Google wants at least 50,000 pixels")
				.isGreaterThan(50_000);
		}
		JsonNode authors = structuredData(page, "NewsArticle").get("author");
		assertThat(authors).hasSize(2);
		assertThat(structuredData(page, "NewsArticle").get("commentCount").asInt()).isEqualTo(2);
	}

	@Test
	void breadcrumbsLeadFromTheSiteThroughTheSection() {
		Document page = article("science", "barents-cod-spawning-shifts-north");
		JsonNode crumbs = structuredData(page, "BreadcrumbList").get("itemListElement");
		assertThat(crumbs).hasSize(3);
		assertThat(crumbs.get(1).get("name").asString()).isEqualTo("Science & Climate");
		assertThat(crumbs.get(1).get("item").asString()).isEqualTo(this.client.base() + "/science/");
	}

	static JsonNode structuredData(Document page, String type) {
		for (Element script : page.select("script[type=application/ld+json]")) {
			JsonNode node = JSON.readTree(script.data());
			if (type.equals(node.path("@type").asString())) {
				return node;
			}
		}
		throw new AssertionError("No " + type + " on the page");
	}

}
