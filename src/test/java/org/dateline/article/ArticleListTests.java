package org.dateline.article;

import java.util.List;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The front page, section fronts, and tag and author pages, with their pagination. */
@SiteTest
class ArticleListTests {

	@Autowired
	SiteClient client;

	@Test
	void frontPageLeadsWithTheNewestStoryThenTheLatestOfEachSection() {
		Document front = this.client.get("/").document();
		assertThat(front.selectFirst(".lead .teaser-headline a").attr("href"))
			.endsWith("/andes-rail-tunnel-breakthrough");
		assertThat(front.select(".top-stories .teaser")).hasSize(ArticleListController.TOP_STORIES);
		assertThat(front.select("section.section-block h2").eachText()).containsExactly("World", "Business",
				"Science & Climate", "Culture");
		List<String> links = front.select("main .teaser-headline a").eachAttr("href");
		assertThat(links).doesNotHaveDuplicates();
		assertThat(front.select("h1")).hasSize(1);
		assertThat(front.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(this.client.base() + "/");
		assertThat(front.select("nav.sections a").eachAttr("href")).containsExactly("/world/", "/business/",
				"/science/", "/culture/");
	}

	@Test
	void sectionFrontsListTheirStoriesNewestFirst() {
		Document world = this.client.get("/world/").document();
		assertThat(world.selectFirst("h1").text()).isEqualTo("World");
		assertThat(world.select(".story-list .teaser")).hasSize(6);
		List<String> dates = world.select(".story-list .teaser time").eachAttr("datetime");
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(world.selectFirst("nav.sections a[aria-current=page]").text()).isEqualTo("World");
	}

	@Test
	void tagPagesListEveryStoryWithTheTag() {
		Document climate = this.client.get("/tag/climate").document();
		assertThat(climate.selectFirst("h1").text()).isEqualTo("Climate");
		assertThat(climate.select(".story-list .teaser").size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void authorPagesShowTheBioAndTheirStories() {
		Document author = this.client.get("/author/priya-raman").document();
		assertThat(author.selectFirst("h1").text()).isEqualTo("Priya Raman");
		assertThat(author.selectFirst(".list-description").text())
			.startsWith("Priya Raman is Dateline's science editor");
		assertThat(author.select(".story-list .teaser")).hasSizeGreaterThanOrEqualTo(7);
		assertThat(ArticlePageTests.structuredData(author, "ProfilePage").get("mainEntity").get("name").asString())
			.isEqualTo("Priya Raman");
	}

	@Test
	void listsArePaginatedWithLinksBothWays() {
		Document first = this.client.get("/").document();
		assertThat(first.selectFirst(".more-stories a").attr("href")).isEqualTo("/?page=2");
		Document second = this.client.get("/?page=2").document();
		assertThat(second.selectFirst("h1").text()).isEqualTo("All stories page 2");
		assertThat(second.select(".story-list .teaser")).hasSize(ArticleListController.PAGE_SIZE);
		assertThat(second.selectFirst(".story-list .teaser-headline a").attr("href"))
			.as("the list after the front starts with the newest story")
			.endsWith("/andes-rail-tunnel-breakthrough");
		assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/");
		assertThat(second.selectFirst("nav.pagination a[rel=next]").attr("href")).isEqualTo("/?page=3");
		assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo(this.client.base() + "/");
		assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(this.client.base() + "/?page=2");
		Document third = this.client.get("/?page=3").document();
		assertThat(third.select(".story-list .teaser")).hasSize(24 - ArticleListController.PAGE_SIZE);
		assertThat(third.select("nav.pagination a[rel=next]")).isEmpty();
		assertThat(third.selectFirst(".page-count").text()).isEqualTo("Page 3 of 3");
	}

}
