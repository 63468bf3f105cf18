package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;

/**
 * Every feed of the demo site, by the standards feed readers follow: each Atom feed
 * against RFC 4287's RELAX NG schema (and the two rules its appendix states in
 * Schematron), each RSS feed against the RSS 2.0 specification's rules
 * ({@link RssRules}). The site's, every section's, tag's and author's, and the comments
 * of every article.
 */
@SiteTest
class FeedValidationTests {

	@Autowired
	SiteClient client;

	@Test
	void everyAtomFeedIsValidByTheRfc4287Schema() {
		List<String> problems = new ArrayList<>();
		for (String path : feedPaths("atom.xml")) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			byte[] xml = response.body().getBytes(StandardCharsets.UTF_8);
			FeedSchemas.atomErrors(xml).forEach((error) -> problems.add(path + " " + error));
			atomRules(FeedSchemas.parse(xml), this.client.base() + path).forEach((p) -> problems.add(path + " " + p));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRssFeedMeetsTheRss2Specification() {
		List<String> problems = new ArrayList<>();
		for (String path : feedPaths("rss.xml")) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			RssRules.problems(response.body().getBytes(StandardCharsets.UTF_8), this.client.base() + path)
				.forEach((problem) -> problems.add(path + " " + problem));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSchemaItselfRejectsWhatRfc4287Forbids() {
		String missingUpdated = """
				<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.org,2026:x</id><title>T</title></feed>""";
		assertThat(FeedSchemas.atomErrors(missingUpdated.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		String badDate = """
				<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.org,2026:x</id><title>T</title>
				<updated>Sat, 02 May 2026 10:00:00 +0000</updated></feed>""";
		assertThat(FeedSchemas.atomErrors(badDate.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
	}

	/**
	 * Feeds of the site, each section, every tag and author the demo stories carry, and
	 * every story's comments.
	 */
	private Set<String> feedPaths(String file) {
		Set<String> lists = new LinkedHashSet<>(List.of("/", "/world/", "/business/", "/science/", "/culture/"));
		Set<String> articles = new LinkedHashSet<>();
		for (String section : List.of("/world/", "/business/", "/science/", "/culture/")) {
			articles
				.addAll(this.client.get(section).document().select(".story-list .teaser-headline a").eachAttr("href"));
		}
		assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
		Set<String> paths = new LinkedHashSet<>();
		for (String article : articles) {
			var page = this.client.get(article).document();
			page.select("a[href^=/tag/], a[href^=/author/]").eachAttr("href").forEach(lists::add);
			paths.add(article + "/comments/" + file);
		}
		Set<String> feeds = new LinkedHashSet<>();
		for (String list : lists) {
			feeds.add((list.endsWith("/") ? list : list + "/") + file);
		}
		feeds.addAll(paths);
		return feeds;
	}

	/**
	 * What RFC 4287's appendix says in Schematron (Jing checks the grammar only), and ids
	 * unique and permanent.
	 */
	static List<String> atomRules(Document feed, String selfUrl) {
		List<String> problems = new ArrayList<>();
		boolean feedAuthor = !nodes(feed, "/atom:feed/atom:author").isEmpty();
		Set<String> ids = new LinkedHashSet<>();
		for (Node entry : nodes(feed, "/atom:feed/atom:entry")) {
			String title = text(entry, "atom:title");
			if (nodes(entry, "atom:link[@rel='alternate'] | atom:link[not(@rel)] | atom:content").isEmpty()) {
				problems.add(title + ": neither an alternate link nor content");
			}
			if (!feedAuthor && nodes(entry, "atom:author").isEmpty()) {
				problems.add(title + ": no author, and the feed has none");
			}
			if (!ids.add(text(entry, "atom:id"))) {
				problems.add(title + ": id is not unique");
			}
			if (!text(entry, "atom:id").startsWith("tag:")) {
				problems.add(title + ": id is not a tag: URI");
			}
		}
		if (!selfUrl.equals(text(feed, "/atom:feed/atom:link[@rel='self']/@href"))) {
			problems.add("link rel=self is not " + selfUrl);
		}
		return problems;
	}

}
