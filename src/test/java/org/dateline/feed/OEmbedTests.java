package org.dateline.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.text;

/**
 * The oEmbed provider, by oembed.com's specification: a rich card for a published article
 * (with a safe HTML card, the byline, the provider and a thumbnail within the consumer's
 * limits), the same fields in XML, a bare link when no card fits, and 404, 400 and 501
 * where the specification says.
 */
@SiteTest
class OEmbedTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	String articleUrl() {
		return this.client.base() + DemoPaths.article(this.client, "world", FeedContentTests.HONG_KONG);
	}

	SiteClient.Response oembed(String url, String more) {
		return this.client.get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + more);
	}

	@Test
	void anArticleIsARichCardWithItsBylineProviderAndThumbnail() {
		SiteClient.Response response = oembed(articleUrl(), "&format=json");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode json = JSON.readTree(response.body());
		assertThat(json.path("version").asString()).isEqualTo("1.0");
		assertThat(json.path("type").asString()).isEqualTo("rich");
		assertThat(json.path("title").asString()).startsWith("Hong Kong opens storm-water tunnel");
		assertThat(json.path("author_name").asString()).isEqualTo("Maya Okafor");
		assertThat(json.path("author_url").asString()).isEqualTo(this.client.base() + "/author/maya-okafor");
		assertThat(json.path("provider_name").asString()).isEqualTo("Dateline News");
		assertThat(json.path("provider_url").asString()).isEqualTo(this.client.base() + "/");
		assertThat(json.path("thumbnail_url").asString()).startsWith(this.client.base() + "/media/");
		assertThat(json.path("thumbnail_width").asInt()).isPositive();
		assertThat(json.path("thumbnail_height").asInt()).isPositive();
		assertThat(json.path("width").asInt()).isPositive();
		assertThat(json.path("height").asInt()).isPositive();
		Document card = Jsoup.parseBodyFragment(json.path("html").asString());
		assertThat(card.body().children()).hasSize(1);
		assertThat(card.body().child(0).tagName()).isEqualTo("blockquote");
		assertThat(card.select("script, iframe, object, embed, style, [style], [onload], [onclick]")).isEmpty();
		assertThat(card.selectFirst("a").attr("href")).isEqualTo(articleUrl());
		assertThat(
				this.client.get(json.path("thumbnail_url").asString().substring(this.client.base().length())).status())
			.isEqualTo(200);
	}

	@Test
	void theXmlFormatCarriesTheSameFields() {
		SiteClient.Response json = oembed(articleUrl(), "");
		SiteClient.Response xml = oembed(articleUrl(), "&format=xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.header("Content-Type").orElseThrow()).startsWith("text/xml");
		var document = FeedSchemas.parse(xml.body().getBytes(StandardCharsets.UTF_8));
		JsonNode fields = JSON.readTree(json.body());
		for (String name : fields.propertyNames()) {
			assertThat(text(document, "/oembed/" + name)).as(name).isEqualTo(fields.path(name).asString());
		}
	}

	@Test
	void maxWidthAndMaxHeightAreHonoured() {
		JsonNode narrow = JSON.readTree(oembed(articleUrl(), "&maxwidth=500&maxheight=400").body());
		assertThat(narrow.path("type").asString()).isEqualTo("rich");
		assertThat(narrow.path("width").asInt()).isLessThanOrEqualTo(500);
		assertThat(narrow.path("height").asInt()).isLessThanOrEqualTo(400);
		assertThat(narrow.path("thumbnail_width").asInt()).isBetween(1, 500);
		assertThat(narrow.path("thumbnail_height").asInt()).isBetween(1, 400);
		JsonNode tiny = JSON.readTree(oembed(articleUrl(), "&maxwidth=100&maxheight=80").body());
		assertThat(tiny.path("type").asString()).as("no card fits: a link").isEqualTo("link");
		assertThat(tiny.has("html")).isFalse();
		assertThat(tiny.has("thumbnail_url")).as("no photo variant fits").isFalse();
		assertThat(tiny.path("title").asString()).isNotBlank();
	}

	@Test
	void onlyPublishedArticlesOfThisSiteAreDescribed() {
		String article = articleUrl();
		assertThat(oembed(article.replace("localhost", "example.org"), "").status()).isEqualTo(404);
		assertThat(oembed(this.client.base() + "/world/", "").status()).isEqualTo(404);
		assertThat(oembed(this.client.base() + "/world/2026/01/01/no-such-story", "").status()).isEqualTo(404);
		assertThat(oembed("javascript:alert(1)", "").status()).isEqualTo(404);
		assertThat(oembed("not a url at all", "").status()).isEqualTo(404);
		assertThat(this.client.get("/oembed").status()).isEqualTo(400);
		assertThat(this.client.get("/oembed?url=").status()).isEqualTo(400);
		assertThat(oembed(article, "&format=yaml").status()).isEqualTo(501);
	}

	@Test
	void theArticlePageAdvertisesItsDescription() {
		String path = DemoPaths.article(this.client, "world", FeedContentTests.HONG_KONG);
		String href = this.client.get(path).document().selectFirst("link[type=application/json+oembed]").attr("href");
		JsonNode json = JSON.readTree(this.client.get(href.substring(this.client.base().length())).body());
		assertThat(json.path("type").asString()).isEqualTo("rich");
	}

}
