package org.dateline.comment;

import java.time.Instant;
import java.util.List;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.mail.Mail;
import org.dateline.mail.MailOutbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing a commenter on request leaves nothing of them behind: not in what the learned
 * filter was trained on, not in the reply subscriptions, not in mail waiting to go out;
 * while the moderators' decisions still count for the filter.
 */
@SiteTest
class CommentErasureTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void erasingACommenterRemovesTheirTokensFromTrainingAndTheirSubscriptionAndMail() {
		String path = DemoPaths.article(this.client, "culture", "bogota-book-fair-translated-fiction");
		long article = new Poster(this.client, this.tokens).articleId(path);
		String domain = "erasable" + System.nanoTime() + ".example";
		String email = "zyxwquorra@" + domain;
		long spam = this.comments.addApproved(article, null, "Zyxw Quorra", email, "https://" + domain + "/shop",
				"Buy from my shop today", Instant.now().minusSeconds(60));
		long ham = this.comments.addApproved(article, null, "Zyxw Quorra", email, "", "A fair point about the fair.",
				Instant.now().minusSeconds(30));
		this.jdbc.sql("UPDATE comment SET status = 'PENDING' WHERE id = :id").param("id", ham).update();
		this.moderation.decide(List.of(spam), CommentModeration.Action.SPAM, "test");
		this.moderation.decide(List.of(ham), CommentModeration.Action.APPROVE, "test");
		long[] before = { this.moderation.filterProgress().spam(), this.moderation.filterProgress().ham() };
		assertThat(training(spam)).contains("zyxw", "quorra", "email-domain:" + domain, "link:" + domain);
		assertThat(tokenCount("quorra")).isEqualTo(2);
		this.jdbc.sql("INSERT INTO comment_subscriber (email, token) VALUES (:email, :token)")
			.param("email", email)
			.param("token", "erase-" + System.nanoTime())
			.update();
		this.outbox.queue(new Mail(email, "Waiting", "Never sent."));

		this.moderation.erase(email.toUpperCase(), "test");

		for (long id : new long[] { spam, ham }) {
			assertThat(training(id)).as("comment " + id)
				.isNotEmpty()
				.doesNotContain("zyxw", "quorra", "email-domain:" + domain, "link:" + domain, "has-website");
		}
		assertThat(training(spam)).contains("shop", "today");
		assertThat(tokenCount("quorra")).isZero();
		assertThat(tokenCount("email-domain:" + domain)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM spam_training WHERE tokens LIKE :domain")
			.param("domain", "%" + domain + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.moderation.filterProgress().spam()).as("the decisions still count").isEqualTo(before[0]);
		assertThat(this.moderation.filterProgress().ham()).isEqualTo(before[1]);
		assertThat(count("SELECT count(*) FROM comment_subscriber WHERE email = :email", email)).isZero();
		assertThat(count("SELECT count(*) FROM mail_outbox WHERE recipient = :email", email)).isZero();
		assertThat(count("SELECT count(*) FROM comment WHERE author_email = :email", email)).isZero();
	}

	private List<String> training(long commentId) {
		return this.jdbc.sql("SELECT tokens FROM spam_training WHERE comment_id = :id")
			.param("id", commentId)
			.query(String.class)
			.optional()
			.map((tokens) -> List.of(tokens.split("\n")))
			.orElse(List.of());
	}

	private long tokenCount(String token) {
		return this.jdbc.sql("SELECT coalesce(sum(spam + ham), 0) FROM spam_token WHERE token = :token")
			.param("token", token)
			.query(Long.class)
			.single();
	}

	private long count(String sql, String email) {
		return this.jdbc.sql(sql).param("email", email).query(Long.class).single();
	}

}
