package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.dateline.article.Article;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Author;
import org.dateline.article.Section;
import org.dateline.article.Tag;
import org.dateline.media.Photo;
import org.dateline.site.SiteSettings;
import org.dateline.site.SiteSettingsService;
import org.dateline.web.Pages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.text;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Feeds built from a story without a server: summaries only when
 * {@code dateline.feed.full-content} is off, dates written in the newsroom's own zone,
 * and text XML cannot carry dropped while everything else survives the round trip.
 */
class FeedFactoryTests {

	static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

	static final Instant PUBLISHED = Instant.parse("2026-05-03T22:30:00Z");

	Pages pages() {
		Pages pages = mock(Pages.class);
		given(pages.absolute(anyString())).willAnswer((call) -> "https://news.example.org" + call.getArgument(0));
		given(pages.site()).willReturn(new SiteSettings("The Harbour Courier", "News from the harbour.",
				"https://news.example.org", "en-GB", HONG_KONG, null));
		return pages;
	}

	FeedFactory factory(boolean fullContent) {
		// nothing changed in the newsroom: the start-up setting holds
		FeedProperties properties = new FeedProperties(fullContent, 20);
		return new FeedFactory(pages(), properties, new WebSubProperties(List.of(), 5, Duration.ofSeconds(30)),
				new FeedSettings(properties, mock(SiteSettingsService.class)));
	}

	static Article article(String headline, String dek) {
		Section section = new Section(1, "world", "World", "", 0);
		Photo hero = new Photo(7, "abcdefghijklmnopqrst", 1000, 750, "Cranes against a grey sky",
				"HONG KONG, CHINA - MAY 3: Cranes at Kwai Chung.", "Photo: Harbourline / K. Morrow", "K. Morrow",
				"© 2026 Harbourline");
		return new Article(42, "cranes", "/world/2026/05/04/cranes", headline, dek, "HONG KONG",
				"""
						<p><span class="dateline">HONG KONG</span> – Text with <a href="/tag/ports">a link</a> \
						and <img src="/media/x/w480.jpg" srcset="/media/x/w480.jpg 480w, /media/x/w800.jpg 800w" alt="">.</p>""",
				ArticleStatus.PUBLISHED, section, PUBLISHED, null, PUBLISHED, hero, true,
				List.of(new Author(1, "maya-okafor", "Maya Okafor", "", ""), new Author(2, "li-wei", "Li Wei", "", "")),
				List.of(new Tag(3, "ports", "Ports")), List.of());
	}

	@Test
	void withoutFullContentEntriesCarryOnlyTheirSummary() {
		Feed feed = factory(false).stories("/", null, "", List.of(article("Cranes return", "")));
		Document rss = FeedSchemas.parse(RssWriter.write(feed));
		assertThat(FeedSchemas.nodes(rss, "//content:encoded")).isEmpty();
		assertThat(org.jsoup.Jsoup.parse(text(rss, "//item/description")).text())
			.isEqualTo("HONG KONG – Text with a link and .");
		byte[] atom = AtomWriter.write(feed, PUBLISHED);
		assertThat(FeedSchemas.atomErrors(atom)).isEmpty();
		assertThat(FeedSchemas.nodes(FeedSchemas.parse(atom), "//atom:content")).isEmpty();
		assertThat(text(FeedSchemas.parse(atom), "//atom:entry/atom:link[@rel='alternate']/@href"))
			.isEqualTo("https://news.example.org/world/2026/05/04/cranes");
	}

	@Test
	void withFullContentTheTextHasAbsoluteLinksAndTheHeroInFront() {
		Feed feed = factory(true).stories("/", null, "", List.of(article("Cranes return", "A dek.")));
		String html = feed.entries().getFirst().contentHtml();
		var content = org.jsoup.Jsoup.parseBodyFragment(html);
		assertThat(content.selectFirst("figure img").attr("src"))
			.isEqualTo("https://news.example.org/media/abcdefghijklmnopqrst/w800.jpg");
		assertThat(content.selectFirst("figure img").attr("height")).isEqualTo("600");
		assertThat(content.selectFirst("figcaption").text()).contains("Kwai Chung").contains("Photo: Harbourline");
		assertThat(content.selectFirst("p a").attr("href")).isEqualTo("https://news.example.org/tag/ports");
		assertThat(content.selectFirst("p img").attr("srcset")).isEqualTo(
				"https://news.example.org/media/x/w480.jpg 480w, https://news.example.org/media/x/w800.jpg 800w");
		Feed.Image image = feed.entries().getFirst().image();
		assertThat(image.width()).isEqualTo(800);
		assertThat(image.height()).isEqualTo(600);
	}

	@Test
	void datesAreWrittenInTheNewsroomsZone() {
		Feed feed = factory(true).stories("/", null, "", List.of(article("Cranes return", "")));
		Document rss = FeedSchemas.parse(RssWriter.write(feed));
		assertThat(text(rss, "//item/pubDate")).isEqualTo("Mon, 04 May 2026 06:30:00 +0800");
		assertThat(RssRules.rfc822(text(rss, "//item/pubDate")).toInstant()).isEqualTo(PUBLISHED);
		Document atom = FeedSchemas.parse(AtomWriter.write(feed, PUBLISHED));
		assertThat(text(atom, "//atom:entry/atom:published")).isEqualTo("2026-05-04T06:30:00+08:00");
		assertThat(text(atom, "/atom:feed/@xml:lang")).isEqualTo("en-GB");
		assertThat(text(atom, "//atom:entry/atom:id")).isEqualTo("tag:news.example.org,2026-05-03:article-42");
	}

	@Test
	void specialCharactersSurviveAndWhatXmlCannotCarryIsDropped() {
		String headline = "<script>alert('x')</script> & \"quotes\" \uD83D\uDEA2 \u0000\u0007\u001B\uFFFE\uD800 end";
		Feed feed = factory(true).stories("/", null, "", List.of(article(headline, "Dek & <b>dek</b>")));
		String expected = "<script>alert('x')</script> & \"quotes\" \uD83D\uDEA2  end";
		Document rss = FeedSchemas.parse(RssWriter.write(feed));
		assertThat(text(rss, "//item/title")).isEqualTo(expected);
		byte[] atom = AtomWriter.write(feed, PUBLISHED);
		assertThat(new String(atom, StandardCharsets.UTF_8)).doesNotContain("<script>");
		assertThat(text(FeedSchemas.parse(atom), "//atom:entry/atom:title")).isEqualTo(expected);
		assertThat(text(FeedSchemas.parse(atom), "//atom:entry/atom:summary")).isEqualTo("Dek & <b>dek</b>");
		assertThat(XmlWriter.clean("ok\tline\nnext\r")).isEqualTo("ok\tline\nnext\r");
	}

	@Test
	void googleNewsGetsItsKindOfLanguageCode() {
		assertThat(SitemapWriter.newsLanguage("en-GB")).isEqualTo("en");
		assertThat(SitemapWriter.newsLanguage("zh-Hant-TW")).isEqualTo("zh-tw");
		assertThat(SitemapWriter.newsLanguage("zh")).isEqualTo("zh-cn");
		assertThat(SitemapWriter.newsLanguage("fil")).isEqualTo("fil");
	}

}
