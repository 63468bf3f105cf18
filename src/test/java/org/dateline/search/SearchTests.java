package org.dateline.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dateline.HtmlChecker;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.NewArticle;
import org.dateline.article.SectionService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's search over HTTP: ranking, highlighted excerpts, filters, pages, odd
 * input, and a page that helps when nothing matches. Every test searches for a made-up
 * word of its own, so the demo site's stories and other tests' stay out of its results.
 */
@NewsroomSiteTest
class SearchTests {

	private static final AtomicInteger SLUGS = new AtomicInteger();

	@Autowired
	SiteClient client;

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Autowired
	Clock clock;

	long publish(String section, String headline, String dek, String body, Instant at, List<Long> authors,
			List<String> tags) {
		return this.articles.create(new NewArticle("search-story-" + SLUGS.incrementAndGet(),
				this.sections.bySlug(section).orElseThrow().id(), headline, dek, "HALIFAX", body,
				ArticleStatus.PUBLISHED, null, true, at, null, authors, tags, List.of()));
	}

	long publish(String headline, String body, Instant at) {
		return publish("world", headline, "", body, at, List.of(), List.of());
	}

	Instant daysAgo(int days) {
		return this.clock.instant().minus(Duration.ofDays(days));
	}

	Document search(String query) {
		SiteClient.Response response = this.client.get("/search?q=" + encode(query));
		assertThat(response.status()).as(query).isEqualTo(200);
		return response.document();
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	static List<String> headlines(Document page) {
		return page.select(".search-hit-headline").eachText();
	}

	@Test
	void aMatchInTheHeadlineOutranksOneInTheBody() {
		Instant at = daysAgo(3);
		publish("Harbour pilots train on the old ferry",
				"Twice a year the quillfeather crews meet; quillfeather again.", at);
		publish("Quillfeather crews return to the harbour", "The crews are back after a long winter.", at);
		assertThat(headlines(search("quillfeather"))).containsExactly("Quillfeather crews return to the harbour",
				"Harbour pilots train on the old ferry");
	}

	@Test
	void recentStoriesRankHigherButNotAboveABetterMatch() {
		publish("Council reviews the bridge budget", "The marrowgate bridge needs new cables. " + FILLER, daysAgo(400));
		publish("Council approves the bridge budget", "The marrowgate bridge needs new cables. " + FILLER, daysAgo(1));
		publish("Marrowgate bridge closes for a year", "Engineers found the cables worn. " + FILLER, daysAgo(400));
		assertThat(headlines(search("marrowgate"))).containsExactly("Marrowgate bridge closes for a year",
				"Council approves the bridge budget", "Council reviews the bridge budget");
	}

	/**
	 * A story's usual length around the words a test looks for: relevance depends on it.
	 */
	static final String FILLER = """
			Residents gathered in the town hall on Tuesday evening to hear the plans explained. Several asked \
			how long the work would take and whether the road would stay open during the busiest weeks of the \
			year. Officials answered that most of the work would happen at night, that buses would keep their \
			routes, and that shops along the main street would be told a week ahead of any closure. A small \
			group said they would rather see the money spent on the school roof, which has leaked for three \
			winters. The meeting ended after two hours with a promise of another in the spring, when the \
			first contracts are due to be signed and the costs will be clearer to everyone involved.""";

	@Test
	void excerptsMarkTheMatchesAndEscapeTheText() {
		publish("Ferry timetable <em>changes</em> for Pellinor",
				"Islanders say the new timetable helps. The first ferry to Pellinor now leaves at dawn, "
						+ "an hour earlier than before, and a second sails at noon. <script>alert(1)</script>",
				daysAgo(2));
		Document page = search("pellinor");
		assertThat(page.select(".search-hit-headline mark").eachText()).containsExactly("Pellinor");
		assertThat(page.selectFirst(".search-hit-headline").text()).contains("<em>changes</em>");
		assertThat(page.select(".search-excerpt mark").eachText()).containsExactly("Pellinor");
		assertThat(page.selectFirst(".search-excerpt").text()).contains("first ferry to Pellinor now leaves at dawn");
		assertThat(page.select("main script, main em")).isEmpty();
	}

	@Test
	void stemmingAndAccentsFindTheWordsReadersMeant() {
		publish("Orchardists of Véloncourt count their losses", "Hail flattened the apple orchards overnight.",
				daysAgo(2));
		assertThat(headlines(search("veloncourt orchardist")))
			.containsExactly("Orchardists of Véloncourt count their losses");
		assertThat(headlines(search("\"véloncourt count\""))).hasSize(1);
		assertThat(headlines(search("véloncourt -hail"))).isEmpty();
		assertThat(headlines(search("véloncourt OR zzunknownword"))).hasSize(1);
	}

	@Test
	void tagsAndBylinesAreSearchedToo() {
		long author = this.articles.createAuthor("search-author-" + SLUGS.incrementAndGet(), "Ottoline Brackwater", "");
		publish("world", "Night trains return to the coast", "", "The sleeper service runs again.", daysAgo(1),
				List.of(author), List.of("Rail nostalgia"));
		assertThat(headlines(search("brackwater"))).containsExactly("Night trains return to the coast");
		assertThat(headlines(search("\"rail nostalgia\" sleeper"))).containsExactly("Night trains return to the coast");
	}

	@Test
	void oddQueriesNeverFail() {
		publish("Cobblewick market reopens", "Stalls are back on the square.", daysAgo(1));
		for (String query : List.of("\"", "\"cobblewick", "cobblewick\"", "(cobblewick", "cobblewick)", ")))(((",
				"cobblewick AND", "AND OR NOT", "NOT cobblewick", "cobblewick NEAR/2 market", "headline:cobblewick",
				"cobblewick*", "*", "^cobblewick", "-", "--cobblewick", "cobblewick' OR '1'='1",
				"cobblewick; DROP TABLE", "%_\\", "{}[]<>", "<script>alert(1)</script>", "😀 cobblewick", "ｃｏｂｂｌｅｗｉｃｋ",
				"x".repeat(3000), "cobblewick " + "OR ".repeat(100), "\u202Ecobblewick", "\t\n")) {
			Document page = search(query);
			assertThat(page.selectFirst("#search-q")).as(query).isNotNull();
			assertThat(page.text()).as(query).doesNotContainIgnoringCase("exception").doesNotContain("SQL");
			assertThat(page.select("main script")).as(query).isEmpty();
		}
		assertThat(headlines(search("\"cobblewick"))).containsExactly("Cobblewick market reopens");
		assertThat(headlines(search("headline:cobblewick"))).isEmpty(); // "headline" is a
																		// word, not a
																		// column
		assertThat(headlines(search("cobblewick)"))).containsExactly("Cobblewick market reopens");
	}

	@Test
	void filtersNarrowBySectionAuthorAndDates() {
		String authorSlug = "search-author-" + SLUGS.incrementAndGet();
		long author = this.articles.createAuthor(authorSlug, "Idris Fenwold", "");
		publish("world", "Brindlecombe floods recede", "", "Water levels fell.", daysAgo(40), List.of(author),
				List.of());
		publish("business", "Brindlecombe mill reopens", "", "The mill hires again.", daysAgo(5), List.of(), List.of());
		publish("world", "Brindlecombe bridge repaired", "", "Traffic flows again.", daysAgo(2), List.of(), List.of());
		assertThat(headlines(search("brindlecombe"))).hasSize(3);
		assertThat(headlines(get("/search?q=brindlecombe&section=business")))
			.containsExactly("Brindlecombe mill reopens");
		Document byAuthor = get("/search?q=brindlecombe&author=" + authorSlug);
		assertThat(headlines(byAuthor)).containsExactly("Brindlecombe floods recede");
		assertThat(byAuthor.selectFirst(".search-count").text()).contains("by Idris Fenwold");
		LocalDate from = LocalDate.ofInstant(daysAgo(10), ZoneOffset.UTC);
		assertThat(headlines(get("/search?q=brindlecombe&sort=newest&from=" + from)))
			.containsExactly("Brindlecombe bridge repaired", "Brindlecombe mill reopens");
		LocalDate to = LocalDate.ofInstant(daysAgo(30), ZoneOffset.UTC);
		assertThat(headlines(get("/search?q=brindlecombe&to=" + to))).containsExactly("Brindlecombe floods recede");
	}

	@Test
	void aBadFilterIsExplainedLeftOutAndKeptInTheForm() {
		publish("Saltmarrow ferry strike ends", "Crews accepted the offer.", daysAgo(1));
		Document page = get("/search?q=saltmarrow&section=atlantis&from=last+tuesday&page=banana");
		assertThat(headlines(page)).containsExactly("Saltmarrow ferry strike ends");
		assertThat(page.select(".search-note").eachText()).containsExactly(
				"There is no section “atlantis”, so every section was searched.",
				"“From” needs a date written like 2026-03-31; “last tuesday” is not one, so it was left out.");
		assertThat(page.selectFirst("#search-from").attr("value")).isEqualTo("last tuesday");
		assertThat(page.selectFirst("#search-q").attr("value")).isEqualTo("saltmarrow");
	}

	@Test
	void resultsComeInPagesOfTen() {
		for (int i = 0; i < 13; i++) {
			publish("Tessellwick notebook, part " + (i + 1), "Another week in the valley.", daysAgo(i + 1));
		}
		Document first = get("/search?q=tessellwick&sort=newest");
		assertThat(headlines(first)).hasSize(10).first().isEqualTo("Tessellwick notebook, part 1");
		assertThat(first.selectFirst(".search-count").text()).startsWith("13 stories match");
		assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/search?q=tessellwick&sort=newest&page=2");
		Document second = get("/search?q=tessellwick&sort=newest&page=2");
		assertThat(headlines(second)).containsExactly("Tessellwick notebook, part 11", "Tessellwick notebook, part 12",
				"Tessellwick notebook, part 13");
		assertThat(second.selectFirst("ol.search-hits").attr("start")).isEqualTo("11");
		assertThat(second.selectFirst("a[rel=prev]")).isNotNull();
		assertThat(second.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		Document beyond = get("/search?q=tessellwick&page=7");
		assertThat(beyond.selectFirst(".empty-list").text()).contains("There are no more results");
	}

	@Test
	void aSearchThatFindsNothingHelps() {
		Document page = get("/search?q=zzqxnomatchword&section=world");
		assertThat(page.selectFirst(".search-count").text()).startsWith("No stories match");
		assertThat(page.select(".search-help li").eachText()).anyMatch((tip) -> tip.startsWith("Check the spelling"));
		assertThat(page.select(".search-help a").eachAttr("href")).contains("/search?q=zzqxnomatchword", "/world/");
		assertThat(page.select(".search-latest a")).hasSize(5);
	}

	@Test
	void theSearchBoxIsOnEveryPageAndBrowsersFindIt() {
		Document front = this.client.get("/").document();
		assertThat(front.selectFirst("header form.site-search").attr("action")).isEqualTo("/search");
		assertThat(front.selectFirst("link[rel=search]").attr("href")).isEqualTo("/opensearch.xml");
		assertThat(front.select("script[type=application/ld+json]").html()).contains("\"SearchAction\"")
			.contains("/search?q={search_term_string}");
		SiteClient.Response description = this.client.get("/opensearch.xml");
		assertThat(description.header("Content-Type").orElseThrow())
			.startsWith("application/opensearchdescription+xml");
		assertThat(description.body()).contains("template=\"" + this.client.base() + "/search?q={searchTerms}\"");
		Document empty = get("/search");
		assertThat(empty.selectFirst("h1").text()).isEqualTo("Search");
		assertThat(empty.select(".search-results")).isEmpty();
	}

	@Test
	void searchPagesAreValidHtml() {
		publish("Wrenfield library opens late", "The Wrenfield library keeps its doors open until ten.", daysAgo(1));
		HtmlChecker.assertValid(Map.of("empty search", this.client.get("/search").body(), "results",
				this.client.get("/search?q=wrenfield&section=world&from=2020-01-01").body(), "no results",
				this.client.get("/search?q=zzqxnothing").body(), "bad filters",
				this.client.get("/search?q=wrenfield&from=nonsense&author=nobody").body()));
	}

	Document get(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.document();
	}

}
