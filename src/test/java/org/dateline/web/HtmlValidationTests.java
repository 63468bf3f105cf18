package org.dateline.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nu.validator.client.EmbeddedValidator;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of reader page of the demo site, checked by the W3C Nu Html Checker (the
 * validator behind validator.w3.org/nu), run in-process: zero errors allowed.
 */
@SiteTest
class HtmlValidationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	@Test
	void theFrontPageAndEveryArticleAreValidHtml() throws Exception {
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		for (String section : List.of("/world/", "/business/", "/science/", "/culture/")) {
			pages.addAll(this.client.get(section).document().select(".story-list .teaser-headline a").eachAttr("href"));
		}
		assertThat(pages).hasSize(25);
		assertValid(pages);
	}

	@Test
	void listAndErrorPagesAreValidHtml() throws Exception {
		assertValid(List.of("/world/", "/?page=2", "/tag/climate", "/author/maya-okafor", "/no-such-page",
				"/world/?page=abc"));
	}

	private void assertValid(Iterable<String> paths) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		List<String> errors = new ArrayList<>();
		for (String path : paths) {
			String html = this.client.get(path).body();
			String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			for (JsonNode message : JSON.readTree(report).path("messages")) {
				String type = message.path("type").asString();
				if ("error".equals(type) || "fatal".equals(message.path("subType").asString())) {
					errors.add(path + " line " + message.path("lastLine").asInt() + ": "
							+ message.path("message").asString() + " [" + message.path("extract").asString().strip()
							+ "]");
				}
			}
		}
		assertThat(errors).isEmpty();
	}

}
