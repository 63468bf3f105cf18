package org.dateline.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.StaffService;
import org.dateline.article.ArticleEditing;
import org.dateline.article.ArticleQuery;
import org.dateline.article.ArticleSummary;
import org.dateline.article.PublishedArticles;
import org.dateline.article.SectionService;
import org.dateline.article.Slugs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article list: only what readers can see, filters, and cursor pages that a client
 * can walk to the end without a duplicate or a gap, even while stories are published.
 */
@NewsroomSiteTest
class ApiArticleListTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	PublishedArticles published;

	ApiFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApiFixtures(this.editing, this.sections, this.staff);
	}

	JsonNode get(String path) {
		SiteClient.Response response = new SiteClient(this.port).get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Every article id of a walk through the pages, following {@code next}. */
	List<Long> walk(String first, Runnable afterFirstPage) {
		List<Long> ids = new ArrayList<>();
		String next = first;
		boolean firstPage = true;
		while (next != null) {
			JsonNode page = get(next);
			page.path("items").forEach((item) -> ids.add(item.path("id").asLong()));
			assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
			next = page.path("next").isNull() ? null : page.path("next").asString().replaceFirst("^https?://[^/]+", "");
			if (firstPage) {
				afterFirstPage.run();
				firstPage = false;
			}
		}
		return ids;
	}

	List<Long> all(ArticleQuery query) {
		return this.published.page(query, 10_000).stream().map(ArticleSummary::id).toList();
	}

	@Test
	void walkingThePagesSeesEveryArticleOnceWhileStoriesArePublished() {
		List<Long> expected = all(ArticleQuery.ALL);
		List<Long> during = new ArrayList<>();
		List<Long> walked = walk("/api/v1/articles?limit=3", () -> {
			during.add(this.fixtures.published("Breaking while a client pages", "world"));
			during.add(this.fixtures.published("More breaking news while a client pages", "business"));
		});
		assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
		assertThat(walked).doesNotContainAnyElementsOf(during);
		assertThat(walk("/api/v1/articles?limit=3", () -> {
		})).startsWith(during.get(1), during.get(0)).doesNotHaveDuplicates();
	}

	@Test
	void theCursorKeepsTheFilters() {
		List<Long> walked = walk("/api/v1/articles?limit=3&section=world", () -> {
		});
		long world = this.sections.bySlug("world").orElseThrow().id();
		assertThat(walked).isNotEmpty()
			.containsExactlyElementsOf(all(new ArticleQuery(world, null, null, null, null, null)));
	}

	@Test
	void filtersNarrowTheList() {
		String tagged = "Api filter tag " + System.nanoTime();
		long id = this.fixtures.published("A story under a rare tag", "business", tagged);
		JsonNode byTag = get("/api/v1/articles?tag=" + Slugs.slugify(tagged)).path("items");
		assertThat(byTag.size()).isEqualTo(1);
		assertThat(byTag.get(0).path("id").asLong()).isEqualTo(id);

		get("/api/v1/articles?section=business&limit=100").path("items")
			.forEach((item) -> assertThat(item.path("section").path("slug").asString()).isEqualTo("business"));

		String author = get("/api/v1/authors").path("items").get(0).path("slug").asString();
		JsonNode byAuthor = get("/api/v1/articles?limit=100&author=" + author).path("items");
		assertThat(byAuthor.size()).isPositive();
		byAuthor.forEach((item) -> assertThat(item.path("authors").findValuesAsString("slug")).contains(author));

		Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode recent = get("/api/v1/articles?limit=100&since=" + hourAgo).path("items");
		assertThat(recent.findValuesAsString("id")).contains(Long.toString(id));
		for (JsonNode item : recent) {
			assertThat(java.time.OffsetDateTime.parse(item.path("published_at").asString()).toInstant())
				.isAfterOrEqualTo(hourAgo);
		}
		JsonNode older = get("/api/v1/articles?limit=100&until=" + hourAgo).path("items");
		assertThat(older.size()).isPositive();
		assertThat(older.findValuesAsString("id")).doesNotContain(Long.toString(id));
	}

	@Test
	void anEmbargoThatHasLiftedIsToldInTheArticleAndInItsNinjs() {
		Instant lifted = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		long held = this.fixtures.published("A report held back until an hour ago", "world", lifted);
		long free = this.fixtures.published("A report that never was", "world");
		SiteClient site = new SiteClient(this.port);
		JsonNode article = JSON.readTree(site.get("/api/v1/articles/" + held).body());
		assertThat(OffsetDateTime.parse(article.path("embargoed_until").asString()).toInstant()).isEqualTo(lifted);
		JsonNode ninjs = JSON.readTree(site.get("/api/v1/articles/" + held + "/ninjs").body());
		assertThat(OffsetDateTime.parse(ninjs.path("embargoed").asString()).toInstant()).isEqualTo(lifted);
		assertThat(JSON.readTree(site.get("/api/v1/articles/" + free).body()).path("embargoed_until").isNull())
			.as("null for a story that had no embargo")
			.isTrue();
		assertThat(JSON.readTree(site.get("/api/v1/articles/" + free + "/ninjs").body()).has("embargoed")).isFalse();
	}

	@Test
	void onlyPublishedStoriesExist() {
		long draft = this.fixtures.draft("A draft nobody may read yet");
		long scheduled = this.fixtures.scheduled("A story scheduled for tomorrow",
				Instant.now().plus(1, ChronoUnit.DAYS));
		long embargoed = this.fixtures.embargoed("A story under embargo", Instant.now().plus(2, ChronoUnit.DAYS));
		long unpublished = this.fixtures.published("A story taken down again", "world");
		this.fixtures.unpublish(unpublished);
		List<Long> listed = walk("/api/v1/articles?limit=3", () -> {
		});
		Set<String> seen = new HashSet<>();
		for (long id : List.of(draft, scheduled, embargoed, unpublished)) {
			assertThat(listed).doesNotContain(id);
			for (String path : List.of("/api/v1/articles/" + id, "/api/v1/articles/" + id + "/ninjs",
					"/api/v1/articles/" + id + "/comments")) {
				assertThat(new SiteClient(this.port).get(path).status()).as(path).isEqualTo(404);
				seen.add(path);
			}
		}
		assertThat(seen).hasSize(12);
		assertThat(new SiteClient(this.port).get("/api/v1/articles?limit=100").body()).doesNotContain("under embargo")
			.doesNotContain("scheduled for tomorrow")
			.doesNotContain("A draft nobody");
	}

}
