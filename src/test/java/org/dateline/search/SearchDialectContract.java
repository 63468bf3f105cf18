package org.dateline.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What search promises, checked on each database's own full text search with the same
 * data: {@link SqliteSearchTests} and {@link PostgresSearchTests}. Articles are written
 * with plain SQL, then indexed as the application does it.
 */
abstract class SearchDialectContract {

	static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	static final String FILLER = SearchTests.FILLER;

	JdbcClient jdbc;

	SearchIndex index;

	SearchDialect search;

	long world;

	long business;

	abstract DataSource dataSource();

	abstract SearchDialect dialect(JdbcClient jdbc);

	/** The dialect ranking only the newest {@code candidates} matches. */
	abstract SearchDialect dialect(JdbcClient jdbc, int candidates);

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(dataSource());
		this.index = new SearchIndex(this.jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
		this.search = dialect(this.jdbc);
		this.jdbc.sql("DELETE FROM search_document").update();
		this.jdbc.sql("DELETE FROM search_entry").update();
		this.world = section("world");
		this.business = section("business");
	}

	long section(String slug) {
		return this.jdbc.sql("SELECT id FROM section WHERE slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("INSERT INTO section (slug, name) VALUES (:slug, :slug) RETURNING id")
				.param("slug", slug)
				.query(Long.class)
				.single());
	}

	long article(long section, String headline, String dek, String body, String status, Instant publishedAt) {
		long id = this.jdbc.sql("""
				INSERT INTO article (slug, section_id, headline, dek, body_markdown, body_html, status,
				                     published_at, created_at, modified_at)
				VALUES (:slug, :section, :headline, :dek, '', :html, :status, :at, :at, :at) RETURNING id
				""")
			.param("slug", "story-" + System.nanoTime())
			.param("section", section)
			.param("headline", headline)
			.param("dek", dek)
			.param("html", "<p>" + body.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
			.param("status", status)
			.param("at", publishedAt.toEpochMilli())
			.query(Long.class)
			.single();
		this.index.index(id);
		return id;
	}

	long published(String headline, String body, Instant at) {
		return article(this.world, headline, "", body, "PUBLISHED", at);
	}

	List<Long> rank(String words) {
		return rank(words, SearchFilter.NONE);
	}

	List<Long> rank(String words, SearchFilter filter) {
		return this.search.rank(SearchQuery.parse(words), filter, NOW, 10, 0);
	}

	@Test
	void aHeadlineMatchOutranksABodyMatchOfTheSameDay() {
		long body = published("Harbour pilots train on the old ferry", "The quillfeather crews meet. " + FILLER,
				NOW.minus(Duration.ofDays(3)));
		long headline = published("Quillfeather crews return to the harbour", FILLER, NOW.minus(Duration.ofDays(3)));
		assertThat(rank("quillfeather")).containsExactly(headline, body);
	}

	@Test
	void theNewerOfTwoEqualMatchesComesFirstButAnOldHeadlineStillBeatsANewMention() {
		long old = published("Council reviews the budget", "The marrowgate bridge needs cables. " + FILLER,
				NOW.minus(Duration.ofDays(400)));
		long recent = published("Council approves the budget", "The marrowgate bridge needs cables. " + FILLER,
				NOW.minus(Duration.ofDays(1)));
		long headline = published("Marrowgate bridge closes", FILLER, NOW.minus(Duration.ofDays(400)));
		assertThat(rank("marrowgate")).containsExactly(headline, recent, old);
	}

	@Test
	void matchesAreMarkedInTheHeadlineAndTheExcerpt() {
		long id = published("Ferry timetable changes for Pellinor",
				FILLER + " The first ferry to Pellinor now leaves at dawn. " + FILLER, NOW.minus(Duration.ofDays(1)));
		Highlights marked = this.search.highlights(SearchQuery.parse("pellinor"), List.of(id)).get(id);
		assertThat(marked.headlineHtml()).isEqualTo("Ferry timetable changes for <mark>Pellinor</mark>");
		assertThat(marked.excerptHtml()).contains("first ferry to <mark>Pellinor</mark> now leaves at dawn")
			.hasSizeLessThan(FILLER.length());
	}

	@Test
	void theDekStandsInWhenTheBodyDoesNotMatch() {
		long id = article(this.world, "Wrenfield library opens late", "Readers can stay until ten.", FILLER,
				"PUBLISHED", NOW.minus(Duration.ofDays(1)));
		Highlights marked = this.search.highlights(SearchQuery.parse("wrenfield"), List.of(id)).get(id);
		assertThat(marked.excerptHtml()).isEqualTo("Readers can stay until ten.");
	}

	@Test
	void aWordOnlyInTheDekFindsTheStory() {
		long id = article(this.world, "Harbour board meets on Tuesday", "Pilots from Ospreyvale ask for a new rota.",
				FILLER, "PUBLISHED", NOW.minus(Duration.ofDays(1)));
		published("Harbour board meets again", FILLER, NOW.minus(Duration.ofDays(1)));
		assertThat(rank("ospreyvale")).containsExactly(id);
	}

	@Test
	void accentsAreFoldedAndWordsStemmed() {
		long id = published("Orchardists of Véloncourt count their losses", FILLER, NOW.minus(Duration.ofDays(2)));
		assertThat(rank("veloncourt orchardist")).containsExactly(id);
		assertThat(rank("VÉLONCOURT counting")).containsExactly(id);
	}

	@Test
	void phrasesExclusionsAndAlternatives() {
		long a = published("Ferns return to the moor", "A wet summer helped the ferns. " + FILLER,
				NOW.minus(Duration.ofDays(2)));
		long b = published("Moor fires under control", "Dry summer winds spread the fires. " + FILLER,
				NOW.minus(Duration.ofDays(2)));
		assertThat(rank("\"wet summer\" moor")).containsExactly(a);
		assertThat(rank("moor -ferns")).containsExactly(b);
		assertThat(rank("ferns OR fires")).containsExactlyInAnyOrder(a, b);
	}

	@Test
	void onlyPublishedAndUnembargoedStoriesAreFound() {
		long draft = article(this.world, "Gallowbrook weir draft", "", FILLER, "DRAFT", NOW.minus(Duration.ofDays(1)));
		long out = published("Gallowbrook weir rebuilt", FILLER, NOW.minus(Duration.ofDays(1)));
		long embargoed = published("Gallowbrook weir embargoed", FILLER, NOW.minus(Duration.ofDays(1)));
		this.jdbc.sql("UPDATE article SET embargo_at = :at WHERE id = :id")
			.param("at", NOW.plus(Duration.ofHours(1)).toEpochMilli())
			.param("id", embargoed)
			.update();
		this.index.index(embargoed); // as saving the story does
		assertThat(rank("gallowbrook")).containsExactly(out);
		assertThat(count("gallowbrook", SearchFilter.NONE)).isEqualTo(1);
		assertThat(draft).isNotEqualTo(out);
	}

	@Test
	void filtersBySectionAuthorAndTime() {
		long author = this.jdbc.sql("INSERT INTO author (slug, name) VALUES (:slug, 'Idris Fenwold') RETURNING id")
			.param("slug", "idris-" + System.nanoTime())
			.query(Long.class)
			.single();
		long floods = published("Brindlecombe floods recede", FILLER, NOW.minus(Duration.ofDays(40)));
		this.jdbc.sql("INSERT INTO article_author (article_id, author_id, position) VALUES (:a, :b, 0)")
			.params(Map.of("a", floods, "b", author))
			.update();
		this.index.index(floods);
		long mill = article(this.business, "Brindlecombe mill reopens", "", FILLER, "PUBLISHED",
				NOW.minus(Duration.ofDays(5)));
		long bridge = published("Brindlecombe bridge repaired", FILLER, NOW.minus(Duration.ofDays(2)));
		assertThat(rank("brindlecombe", new SearchFilter(this.business, null, null, null, false)))
			.containsExactly(mill);
		assertThat(rank("brindlecombe", new SearchFilter(null, author, null, null, false))).containsExactly(floods);
		assertThat(rank("brindlecombe", new SearchFilter(null, null, NOW.minus(Duration.ofDays(10)), null, true)))
			.containsExactly(bridge, mill);
		assertThat(rank("brindlecombe fenwold")).as("bylines are searched").containsExactly(floods);
		assertThat(count("brindlecombe", new SearchFilter(null, null, null, NOW.minus(Duration.ofDays(30)), false)))
			.isEqualTo(1);
	}

	@Test
	void oddInputNeverFails() {
		published("Cobblewick market reopens", FILLER, NOW.minus(Duration.ofDays(1)));
		for (String input : List.of("\"cobblewick", "cobblewick)", "(cobblewick", "cobblewick' OR '1'='1", "a:b:c",
				"cobblewick NEAR/2 market", "cobblewick*", "\\\\", "& | ! <->", "😀 cobblewick", "the", "the and of",
				"x".repeat(500), "cobblewick " + "OR ".repeat(50) + "market")) {
			SearchQuery query = SearchQuery.parse(input);
			if (query.isEmpty()) {
				continue;
			}
			assertThatNoException().as(input).isThrownBy(() -> {
				List<Long> ids = this.search.rank(query, SearchFilter.NONE, NOW, 10, 0);
				this.search.count(query, SearchFilter.NONE, NOW, 1001);
				this.search.highlights(query, ids);
			});
		}
		assertThat(rank("\"cobblewick")).hasSize(1);
		assertThat(rank("cobblewick' OR '1'='1")).hasSize(1);
	}

	@Test
	void theRankingSaysHowManyMatchesItRankedWhichIsTheCountUpToItsLimit() {
		for (int i = 0; i < 4; i++) {
			published("Wintergreen ferry timetable " + i, FILLER, NOW.minus(Duration.ofDays(i + 1)));
		}
		SearchDialect.Ranked page = this.search.ranked(SearchQuery.parse("wintergreen"), SearchFilter.NONE, NOW, 3, 0);
		assertThat(page.ids()).hasSize(3);
		assertThat(page.matched()).isEqualTo(4).isEqualTo(count("wintergreen", SearchFilter.NONE));
		assertThat(this.search.ranked(SearchQuery.parse("wintergreen"), SearchFilter.NONE, NOW, 3, 3).matched())
			.isEqualTo(4);
		SearchDialect.Ranked past = this.search.ranked(SearchQuery.parse("wintergreen"), SearchFilter.NONE, NOW, 3, 9);
		assertThat(past.ids()).isEmpty();
		assertThat(past.matched()).as("unknown on an empty page").isEqualTo(-1);
	}

	@Test
	void countsStopAtTheCap() {
		for (int i = 0; i < 5; i++) {
			published("Thornbury allotment notes " + i, FILLER, NOW.minus(Duration.ofDays(i + 1)));
		}
		assertThat(this.search.count(SearchQuery.parse("thornbury"), SearchFilter.NONE, NOW, 3)).isEqualTo(3);
		assertThat(count("thornbury", SearchFilter.NONE)).isEqualTo(5);
	}

	@Test
	void onlyTheNewestCandidatesAreRankedButFiltersApplyBeforeTheCut() {
		long oldest = published("Ravensike quarry closes", FILLER, NOW.minus(Duration.ofDays(900)));
		long old = published("Ravensike quarry sold", FILLER, NOW.minus(Duration.ofDays(800)));
		long newer = published("Council notes", "The ravensike road is resurfaced. " + FILLER,
				NOW.minus(Duration.ofDays(20)));
		long newest = published("Council notes again", "The ravensike road is open. " + FILLER,
				NOW.minus(Duration.ofDays(10)));
		SearchDialect two = dialect(this.jdbc, 2);
		assertThat(two.rank(SearchQuery.parse("ravensike"), SearchFilter.NONE, NOW, 10, 0))
			.containsExactlyInAnyOrder(newest, newer);
		SearchFilter before = new SearchFilter(null, null, null, NOW.minus(Duration.ofDays(100)), false);
		assertThat(two.rank(SearchQuery.parse("ravensike"), before, NOW, 10, 0)).containsExactly(old, oldest);
		assertThat(rank("ravensike")).as("with the full window the headlines lead").startsWith(old);
	}

	long count(String words, SearchFilter filter) {
		return this.search.count(SearchQuery.parse(words), filter, NOW, 1001);
	}

}
