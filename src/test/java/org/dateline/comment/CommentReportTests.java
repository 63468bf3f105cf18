package org.dateline.comment;

import java.time.Instant;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers report comments with a reason; three readers' reports take a comment off the
 * page for a moderator.
 */
@SiteTest
class CommentReportTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommentTokens tokens;

	String path;

	long commentId;

	@BeforeEach
	void setUp() {
		this.path = DemoPaths.article(this.client, "science", "antofagasta-fog-nets-triple-yield");
		long article = new Poster(this.client, this.tokens).articleId(this.path);
		this.commentId = this.comments.addApproved(article, null, "Rude Person", Poster.uniqueEmail("rude"), "",
				"Something offensive " + System.nanoTime(), Instant.now().minusSeconds(60));
	}

	private SiteClient.Response report(String ip, String reason) {
		return this.client.post("/comments/" + this.commentId + "/report", Map.of("reason", reason, "detail", "Not OK"),
				"X-Forwarded-For", ip);
	}

	@Test
	void everyPublishedCommentCanBeReported() {
		assertThat(this.client.get(this.path)
			.document()
			.selectFirst("#comment-" + this.commentId + " a.comment-report-link")
			.attr("href")).isEqualTo("/comments/" + this.commentId + "/report");
		SiteClient.Response form = this.client.get("/comments/" + this.commentId + "/report");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("input[name=reason]")).hasSize(CommentController.REPORT_REASONS.size());
		assertThat(form.document().selectFirst("meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void aReportNeedsOneOfTheListedReasons() {
		SiteClient.Response response = this.client.post("/comments/" + this.commentId + "/report",
				Map.of("reason", "whatever"), "X-Forwarded-For", Poster.freshIp());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().selectFirst(".field-error").text()).isEqualTo("Please choose a reason.");
	}

	@Test
	void threeReadersReportsPullTheCommentIntoTheQueueAndOffThePage() {
		String first = Poster.freshIp();
		assertThat(report(first, "Abusive or hateful").document().selectFirst(".notice-success").text())
			.startsWith("Thank you.");
		report(first, "Abusive or hateful"); // the same reader again counts once
		report(Poster.freshIp(), "Harassment or personal attack");
		assertThat(this.client.get(this.path).document().getElementById("comment-" + this.commentId))
			.as("two different readers are not yet enough")
			.isNotNull();
		SiteClient.Response pulling = report(Poster.freshIp(), "Spam or advertising");
		assertThat(pulling.status()).as("the report that pulls the comment is thanked too").isEqualTo(200);
		assertThat(pulling.document().selectFirst(".notice-success").text()).startsWith("Thank you.");
		assertThat(this.client.get(this.path).document().getElementById("comment-" + this.commentId)).isNull();
		assertThat(this.jdbc.sql("SELECT status FROM comment WHERE id = :id")
			.param("id", this.commentId)
			.query(String.class)
			.single()).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("SELECT open_flags FROM comment WHERE id = :id")
			.param("id", this.commentId)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void onlyPublishedCommentsCanBeReported() {
		assertThat(this.client.get("/comments/99999999/report").status()).isEqualTo(404);
		assertThat(this.client.post("/comments/99999999/report", Map.of("reason", "Off topic")).status())
			.isEqualTo(404);
	}

}
