package org.dateline.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.newsroom.SignIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejected comments are stored with the check that rejected them and its reason, and
 * shown to moderators (never their address); a flood of them costs one write a second,
 * not one each, and they are kept 30 days.
 */
@SiteTest
class RejectedCommentsTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	CommentTokens tokens;

	@Autowired
	RejectionLog rejections;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRejectedCommentIsShownToModeratorsWithItsCheckAndReasonButNotItsAddress() {
		String path = DemoPaths.article(this.client, "culture", "asuncion-harp-festival-young-players");
		Poster poster = new Poster(this.client, this.tokens);
		String email = Poster.uniqueEmail("honeypot");
		String text = "Cheap watches " + System.nanoTime();
		Map<String, String> form = poster.form(path, "Watch Seller", email, text);
		form.put("homepage", "http://bot.invalid/");
		assertThat(poster.post(this.client, path, form).status()).isEqualTo(422);
		this.rejections.write();

		SiteClient editor = signedInEditor();
		SiteClient.Response page = editor.get("/newsroom/comments/rejected");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(email);
		Element entry = page.document()
			.select(".rejected-list .queue-item")
			.stream()
			.filter((item) -> item.text().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the rejection is not listed"));
		assertThat(entry.selectFirst(".check-name").text()).isEqualTo("honeypot-and-timing");
		assertThat(entry.selectFirst(".reason").text()).isNotBlank();
		assertThat(entry.selectFirst(".queue-meta").text()).startsWith("Watch Seller");
		assertThat(entry.selectFirst(".queue-article a").attr("href")).isEqualTo(path);
		assertThat(entry.select(".checks li").eachText()).anyMatch((line) -> line.startsWith("honeypot-and-timing"));
		Document queue = editor.get("/newsroom/comments").document();
		assertThat(queue.select(".queue-tabs a").eachAttr("href")).contains("/newsroom/comments/rejected");
	}

	private SiteClient signedInEditor() {
		String email = "rejections." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Rejection Reader", Role.EDITOR, "a long enough password");
		return SignIn.as(this.client, email, "a long enough password");
	}

	@Test
	void aFloodIsWrittenInOneBatchAndCountedPastTheQueuesLimit() {
		long article = -System.nanoTime(); // no such article: these rows are this test's
		for (int i = 0; i < 1_200; i++) {
			this.rejections.record(article, "rate", "more than 5 comments a minute from this address", "", "Bot " + i,
					"198.51.100.9", "Spam " + i, Instant.now());
		}
		this.rejections.write();
		long kept = this.jdbc.sql("SELECT count(*) FROM comment_rejection WHERE article_id = :article")
			.param("article", article)
			.query(Long.class)
			.single();
		assertThat(kept).as("the queue's limit, give or take other tests' rejections").isBetween(900L, 1_000L);
		List<String> overflow = this.jdbc
			.sql("SELECT reason FROM comment_rejection WHERE check_name = 'overflow' ORDER BY id DESC")
			.query(String.class)
			.list();
		assertThat(overflow).isNotEmpty();
		assertThat(Long.parseLong(overflow.getFirst().substring(0, overflow.getFirst().indexOf(' '))))
			.isGreaterThanOrEqualTo(200);
	}

	@Test
	void rejectionsAreForgottenAfterThirtyDays() {
		long article = -System.nanoTime();
		this.jdbc.sql("""
				INSERT INTO comment_rejection (article_id, check_name, reason, created_at)
				VALUES (:article, 'block-list', 'an old one', :at)
				""")
			.param("article", article)
			.param("at", Instant.now().minus(31, ChronoUnit.DAYS).toEpochMilli())
			.update();
		this.rejections.record(article, "block-list", "a new one", "", "", "", "", Instant.now());
		this.rejections.write();
		assertThat(this.jdbc.sql("SELECT reason FROM comment_rejection WHERE article_id = :article")
			.param("article", article)
			.query(String.class)
			.list()).containsExactly("a new one");
	}

}
