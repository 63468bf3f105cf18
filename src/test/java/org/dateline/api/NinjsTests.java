package org.dateline.api;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published article in IPTC ninjs 2.1, valid against the ninjs schema (the subset
 * Dateline writes, in src/test/resources/ninjs), and saying what the article page says.
 */
@SiteTest
class NinjsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Schema NINJS = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
		.getSchema(OpenApiContract.text("ninjs/ninjs-2.1-subset.schema.json"), InputFormat.JSON);

	@LocalServerPort
	int port;

	@Test
	void everyArticleIsValidNinjs() {
		SiteClient site = new SiteClient(this.port);
		JsonNode items = JSON.readTree(site.get("/api/v1/articles?limit=100").body()).path("items");
		assertThat(items.size()).isGreaterThan(20);
		for (JsonNode item : items) {
			SiteClient.Response response = site.get("/api/v1/articles/" + item.path("id").asString() + "/ninjs");
			assertThat(response.status()).isEqualTo(200);
			List<Error> errors = NINJS.validate(response.body(), InputFormat.JSON);
			assertThat(errors).as(response.body()).isEmpty();
		}
	}

	@Test
	void ninjsSaysWhatTheArticleSays() {
		SiteClient site = new SiteClient(this.port);
		JsonNode items = JSON.readTree(site.get("/api/v1/articles?limit=100").body()).path("items");
		JsonNode withHero = null;
		for (JsonNode item : items) {
			if (!item.path("hero").isNull()) {
				withHero = item;
				break;
			}
		}
		assertThat(withHero).isNotNull();
		String id = withHero.path("id").asString();
		JsonNode article = JSON.readTree(site.get("/api/v1/articles/" + id).body());
		JsonNode ninjs = JSON.readTree(site.get("/api/v1/articles/" + id + "/ninjs").body());
		assertThat(ninjs.path("type").asString()).isEqualTo("text");
		assertThat(ninjs.path("uri").asString()).isEqualTo(article.path("links").path("self").asString());
		assertThat(ninjs.path("firstcreated").asString()).isEqualTo(article.path("published_at").asString());
		assertThat(ninjs.path("headlines").get(0).path("value").asString())
			.isEqualTo(article.path("headline").asString());
		assertThat(ninjs.path("bodies").get(0).path("value").asString())
			.isEqualTo(article.path("body_html").asString());
		assertThat(ninjs.path("bodies").get(0).path("contenttype").asString()).isEqualTo("text/html");
		assertThat(ninjs.path("located").asString()).isEqualTo(article.path("dateline").asString());
		assertThat(ninjs.path("language").asString()).isEqualTo("en");
		assertThat(ninjs.path("subjects").findValuesAsString("rel")).contains("section");
		JsonNode picture = ninjs.path("associations").get(0);
		assertThat(picture.path("name").asString()).isEqualTo("featureimage");
		assertThat(picture.path("type").asString()).isEqualTo("picture");
		JsonNode hero = article.path("hero");
		assertThat(picture.path("renditions").findValuesAsString("href"))
			.containsExactlyElementsOf(hero.path("variants").findValuesAsString("url"));
		assertThat(picture.path("descriptions").findValuesAsString("role")).contains("caption", "alt");
		if (!hero.path("credit").isNull()) {
			assertThat(picture.path("descriptions").findValuesAsString("value"))
				.contains(hero.path("credit").asString());
		}
		assertThat(picture.toString()).doesNotContain("original").doesNotContain("/data/");
	}

}
