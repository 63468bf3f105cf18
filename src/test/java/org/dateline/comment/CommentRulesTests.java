package org.dateline.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Comment rules changed while the site runs apply to the very next comment, and a comment
 * section closes when the rule says so.
 */
@NewsroomSiteTest
class CommentRulesTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	CommentRulesService rules;

	@Autowired
	JdbcClient jdbc;

	CommentRules before;

	Poster poster;

	String path;

	@BeforeEach
	void setUp() {
		this.before = this.rules.current();
		this.poster = new Poster(this.client, this.tokens);
		this.path = DemoPaths.article(this.client, "culture", "asuncion-harp-festival-young-players");
	}

	@AfterEach
	void restore() {
		this.rules.update(this.before);
	}

	CommentRules with(List<String> moderationWords, List<String> blockWords, int closeAfterDays) {
		CommentRules r = this.before;
		return new CommentRules(closeAfterDays, r.holdUntilApproved(), r.maxLinks(), r.flagThreshold(), moderationWords,
				blockWords, r.blockIps(), r.blockEmails(), r.blockDomains());
	}

	SiteClient.Response post(String body) {
		String email = Poster.uniqueEmail("rules");
		this.comments.addApproved(this.poster.articleId(this.path), null, "Rules", email, "", "Earlier.",
				Instant.now().minusSeconds(7200));
		return this.poster.post(this.client, this.path, this.poster.form(this.path, "Rules", email, body));
	}

	String status(long id) {
		return this.jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void aNewBlockedWordRejectsTheNextComment() {
		assertThat(post("Win the lotterywin jackpot today.").status()).isEqualTo(303);
		this.rules.update(with(this.before.moderationWords(), List.of("lotterywin"), this.before.closeAfterDays()));
		SiteClient.Response rejected = post("Win the lotterywin jackpot again.");
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.document().selectFirst("#comment-body").wholeText())
			.isEqualTo("Win the lotterywin jackpot again.");
	}

	@Test
	void aNewModerationWordHoldsTheNextComment() {
		long before = Poster.commentId(post("The harbour ferry timetable changed."));
		assertThat(status(before)).isEqualTo("APPROVED");
		this.rules.update(with(List.of("timetable"), this.before.blockWords(), this.before.closeAfterDays()));
		long after = Poster.commentId(post("The harbour ferry timetable changed again."));
		assertThat(status(after)).isEqualTo("PENDING");
	}

	@Test
	void closingCommentsAfterADayClosesOlderStories() {
		this.rules.update(with(this.before.moderationWords(), this.before.blockWords(), 1));
		// the demo story was published more than a day ago
		assertThat(this.client.get(this.path).document().selectFirst("#comments").text())
			.contains("they close a day after publication");
		this.rules.update(this.before);
		assertThat(this.client.get(this.path).document().select("form.comment-form")).isNotEmpty();
	}

	@Test
	void rulesThatCannotWorkAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.update(new CommentRules(-1, 1, 2, 0, List.of(), List.of(),
					List.of("not an ip"), List.of("nobody"), List.of())))
			.withMessageContaining("Close comments after 0 (never) to 3650 days.")
			.withMessageContaining("Pull a comment after 1 to 1000 readers' reports.")
			.withMessageContaining("\"not an ip\" is not an IP address or prefix")
			.withMessageContaining("\"nobody\" is not an email address.");
		assertThat(this.rules.current()).isEqualTo(this.before);
	}

	@Test
	void listsAreReadOnePerLineOrCommaSeparated() {
		assertThat(CommentRules.entries(" casino \n\nbonus, free money ,casino")).containsExactly("casino", "bonus",
				"free money");
		assertThat(Map.of("x", CommentRules.lines(List.of("a", "b")))).containsEntry("x", "a\nb");
	}

}
