package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;

/**
 * The feeds in excerpt mode ({@code dateline.feed.full-content=false}) served over HTTP,
 * held to the same standards as the full ones: every test of {@link FeedValidationTests}
 * (RFC 4287's schema for each Atom feed, the RSS 2.0 rules for each RSS feed) runs again
 * on them, and they do carry only the excerpt.
 */
@TestPropertySource(properties = "dateline.feed.full-content=false")
class ExcerptFeedValidationTests extends FeedValidationTests {

	@Test
	void storyFeedsCarryTheExcerptAndNotTheWholeStory() {
		for (String list : List.of("/", "/world/", "/science/")) {
			Document rss = FeedSchemas.parse(bytes(list + "rss.xml"));
			assertThat(nodes(rss, "/rss/channel/item")).as(list + "rss.xml").isNotEmpty();
			assertThat(nodes(rss, "/rss/channel/item/content:encoded")).as(list + "rss.xml").isEmpty();
			assertThat(nodes(rss, "/rss/channel/item[not(description)]")).as(list + "rss.xml").isEmpty();
			Document atom = FeedSchemas.parse(bytes(list + "atom.xml"));
			assertThat(nodes(atom, "/atom:feed/atom:entry")).as(list + "atom.xml").isNotEmpty();
			assertThat(nodes(atom, "/atom:feed/atom:entry/atom:content")).as(list + "atom.xml").isEmpty();
			assertThat(nodes(atom, "/atom:feed/atom:entry[not(atom:summary)]")).as(list + "atom.xml").isEmpty();
		}
	}

	private byte[] bytes(String path) {
		var response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body().getBytes(StandardCharsets.UTF_8);
	}

}
