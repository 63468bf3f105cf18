package org.dateline.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dateline.DemoPaths;
import org.dateline.Forms;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a page goes stale, or the database fails, readers get the previous copy: a story
 * that expires under breaking-news traffic is rendered by one request while the others
 * are served the copy they would have had, and while the database is unreachable cached
 * pages keep being served and forms answer 503 with everything the reader typed, ready to
 * be sent again.
 */
@SiteTest
@TestPropertySource(properties = { "dateline.cache.fresh-for=1s", "dateline.comment.timing.minimum=0s",
		"dateline.comment.flood.enabled=false" })
@Import(DatabaseFaults.class)
class StalePageTests {

	@Autowired
	SiteClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffService staff;

	@AfterEach
	void databaseBack() {
		DatabaseFaults.healthy();
	}

	@Test
	void anExpiredHotPageIsRenderedOnceWhileEveryoneElseGetsThePreviousCopy() throws Exception {
		String path = DemoPaths.article(this.client, "world", "abidjan-electric-lagoon-ferries");
		String previous = this.client.get(path).body();
		expire();
		DatabaseFaults.slow(Duration.ofMillis(300)); // the render takes a while: readers
														// pile up
		List<Future<SiteClient.Response>> readers = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 20; i++) {
				readers.add(pool.submit(() -> this.client.get(path)));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<SiteClient.Response> reader : readers) {
				SiteClient.Response response = reader.get();
				assertThat(response.status()).isEqualTo(200);
				outcomes.add(response.header("X-Cache").orElse("none"));
				if ("STALE".equals(outcomes.getLast())) {
					assertThat(response.body()).isEqualTo(previous);
				}
			}
			assertThat(outcomes).as("one render for twenty readers").containsOnlyOnce("MISS");
			assertThat(outcomes).as("the others did not wait for it").contains("STALE");
			assertThat(outcomes).isSubsetOf("MISS", "STALE", "HIT");
		}
	}

	@Test
	void cachedPagesAreServedStaleWhileTheDatabaseIsDown() throws Exception {
		String article = DemoPaths.article(this.client, "world", "abidjan-electric-lagoon-ferries");
		String copy = this.client.get(article).body();
		String section = this.client.get("/world/").body();
		expire();
		DatabaseFaults.down();

		SiteClient.Response stale = this.client.get(article);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.header("X-Cache")).hasValue("STALE-IF-ERROR");
		assertThat(stale.body()).isEqualTo(copy);
		assertThat(this.client.get("/world/").body()).isEqualTo(section);
	}

	@Test
	void aPageThatWasNeverCachedAnswers503WithRetryAfterWhileTheDatabaseIsDown() {
		DatabaseFaults.down();
		SiteClient.Response response = this.client.get("/search?q=harbour+" + System.nanoTime());
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).hasValue("30");
		assertThat(response.header("Cache-Control")).hasValue("no-store");
		assertThat(response.document().selectFirst("h1").text()).isEqualTo("Temporarily unavailable");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("SQL").doesNotContain("at org.");
	}

	@Test
	void aCommentSentWhileTheDatabaseIsDownComesBackToBeSentAgain() {
		String path = DemoPaths.article(this.client, "world", "abidjan-electric-lagoon-ferries");
		Map<String, String> form = Forms.fields(this.client.get(path).document().selectFirst("form.comment-form"));
		String text = "A long reply about the tram timetable that took twenty minutes to write. " + System.nanoTime();
		form.put("name", "Ines Duarte");
		form.put("email", "ines.duarte@example.net");
		form.put("body", text);
		DatabaseFaults.down();

		SiteClient.Response refused = this.client.post(path, form, "X-Forwarded-For", "198.18.200.7");
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.header("Retry-After")).hasValue("30");
		Document page = refused.document();
		assertThat(page.select("textarea").eachText()).as(refused.body()).contains(text, "Ines Duarte");
		Element again = page.selectFirst("form.kept-form");
		assertThat(again.attr("action")).isEqualTo(path);
		assertThat(Forms.fields(again)).containsAllEntriesOf(form);

		DatabaseFaults.healthy();
		SiteClient.Response sent = this.client.post(path, Forms.fields(again), "X-Forwarded-For", "198.18.200.7");
		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.header("Location")).hasValueSatisfying((l) -> assertThat(l).contains("#comment-"));
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM comment WHERE body = ?").param(text).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void anEditorsStorySavedWhileTheDatabaseIsDownComesBackWithEveryWord() {
		String email = "outage." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Outage Editor", Role.EDITOR, "a long enough password");
		SiteClient desk = SecurityHeadersTests.signIn(this.client, email, "a long enough password");
		Map<String, String> story = Forms
			.fields(desk.get("/newsroom/articles/new").document().selectFirst("form#article-form"));
		String headline = "Harbour cranes idle as the port renegotiates " + System.nanoTime();
		story.put("headline", headline);
		story.put("body", "The first paragraph of a story filed on deadline.\n\nThe second paragraph.");
		DatabaseFaults.down();

		SiteClient.Response refused = desk.post("/newsroom/articles", story);
		assertThat(refused.status()).as(refused.body()).isEqualTo(503);
		assertThat(refused.document().select("textarea").eachText()).contains(headline);
		Map<String, String> again = Forms.fields(refused.document().selectFirst("form.kept-form"));
		assertThat(again).containsAllEntriesOf(story);

		DatabaseFaults.healthy();
		assertThat(desk.post("/newsroom/articles", again).status()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM article WHERE headline = ?")
			.param(headline)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** Lets every cached page go past its freshness (one second in this test site). */
	private static void expire() throws InterruptedException {
		Thread.sleep(1_100);
	}

}
