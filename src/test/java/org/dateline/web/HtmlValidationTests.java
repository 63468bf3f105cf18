package org.dateline.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.HtmlChecker;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of reader page of the demo site, checked by the W3C Nu Html Checker (the
 * validator behind validator.w3.org/nu), run in-process: zero errors allowed.
 */
@SiteTest
class HtmlValidationTests {

	@Autowired
	SiteClient client;

	@Test
	void theFrontPageAndEveryArticleAreValidHtml() {
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		for (String section : List.of("/world/", "/business/", "/science/", "/culture/")) {
			pages.addAll(this.client.get(section).document().select(".story-list .teaser-headline a").eachAttr("href"));
		}
		assertThat(pages).hasSize(25);
		assertValid(pages);
	}

	@Test
	void listAndErrorPagesAreValidHtml() {
		assertValid(List.of("/world/", "/?page=2", "/tag/climate", "/author/maya-okafor", "/no-such-page",
				"/world/?page=abc"));
	}

	private void assertValid(Iterable<String> paths) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : paths) {
			pages.put(path, this.client.get(path).body());
		}
		HtmlChecker.assertValid(pages);
	}

}
