package org.dateline.comment;

import java.time.Instant;
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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned filter end to end, on a site of its own that needs only three decisions of
 * each kind (the default is 200): an editor's approve and spam decisions in the queue
 * train it, it scores but lets comments through until it has seen enough, and then holds
 * a spammy comment with its score as the reason, which the queue explains.
 */
@SiteTest
@TestPropertySource(properties = "dateline.comment.learned-minimum=3")
class LearnedFilterJourneyTests {

	static final String PASSWORD = "correct horse battery staple";

	static final String SPAMMY = "Cheap replica watches and discount pharmacy pills, best bitcoin offer today";

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void decisionsTrainTheFilterUntilItHoldsSpamWithItsScoreAsTheReason() {
		Poster poster = new Poster(this.client, this.tokens);
		String path = DemoPaths.article(this.client, "world", "abidjan-electric-lagoon-ferries");
		String email = "filter.editor." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Filter Editor", Role.EDITOR, PASSWORD);
		SiteClient editor = SignIn.as(this.client, email, PASSWORD);
		assertThat(progress(editor)).isEqualTo("Learned filter: 0 approved and 0 spam decisions seen of the 3 of each "
				+ "it needs. It scores comments but does not hold any yet.");

		String[] ham = { "The ferry timetable looks right to me, the morning boats were full last week.",
				"My grandmother rode the old diesel ferries for years and welcomes the quieter ones.",
				"Could the reporter ask how the batteries are charged at night on the lagoon?" };
		for (String text : ham) {
			decide(editor, held(poster, path, "Lagoon Reader", text), "approve");
		}
		String[] spam = { "Cheap replica watches, discount pharmacy pills and a bitcoin offer for you",
				"Best discount pharmacy pills, cheap replica watches, bitcoin doubling offer",
				"Bitcoin offer today: cheap pills, discount replica watches from our pharmacy" };
		decide(editor, held(poster, path, "Deal Finder", spam[0]), "spam");
		decide(editor, held(poster, path, "Deal Finder", spam[1]), "spam");
		assertThat(progress(editor)).startsWith("Learned filter: 3 approved and 2 spam decisions seen of the 3")
			.endsWith("It scores comments but does not hold any yet.");

		SiteClient.Response early = poster.post(this.client, path,
				poster.form(path, "Deal Finder", trusted(path), SPAMMY + " (early)"));
		assertThat(early.status()).isEqualTo(303);
		assertThat(early.header("Location")).as("published: the filter does not act yet")
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("moderation="));
		assertThat(column(Poster.commentId(early), "checks"))
			.containsPattern("learned-score: PASS \\(\\d+% spam \\(.*" + "\\); not acting yet\\)");

		decide(editor, held(poster, path, "Deal Finder", spam[2]), "spam");
		assertThat(progress(editor)).isEqualTo("Learned filter: 3 approved and 3 spam decisions seen of the 3 of each "
				+ "it needs. It is holding likely spam.");

		SiteClient.Response late = poster.post(this.client, path,
				poster.form(path, "Deal Finder", trusted(path), SPAMMY));
		assertThat(late.status()).isEqualTo(303);
		long id = Poster.commentId(late);
		assertThat(late.header("Location")).as("held for a moderator")
			.hasValueSatisfying((l) -> assertThat(l).contains("moderation=" + id));
		assertThat(column(id, "status")).isEqualTo("PENDING");
		assertThat(column(id, "held_for")).matches("learned-score: \\d+% spam \\(.+\\)");

		Element item = editor.get("/newsroom/comments").document().getElementById("queue-" + id);
		assertThat(item.selectFirst(".held-for").text()).isEqualTo("Held: " + column(id, "held_for"));
		String explained = item.selectFirst(".spam-score").text();
		assertThat(explained).matches("Learned filter: (9\\d|100)% spam \\(.+\\)");
		assertThat(explained).containsAnyOf("replica +", "pharmacy +", "bitcoin +", "watches +", "pills +");
	}

	/** A first-time commenter's comment, which the checks hold for a moderator. */
	private long held(Poster poster, String path, String name, String text) {
		SiteClient.Response response = poster.post(this.client, path,
				poster.form(path, name, Poster.uniqueEmail("trainer"), text));
		assertThat(response.header("Location")).hasValueSatisfying((l) -> assertThat(l).contains("moderation="));
		return Poster.commentId(response);
	}

	/** An editor's decision in the queue, as the buttons next to a comment send it. */
	private void decide(SiteClient editor, long id, String action) {
		SiteClient.Response response = editor.post("/newsroom/comments/decide", Map.of("one", id + ":" + action, "view",
				"pending", "_csrf", SignIn.csrf(editor, "/newsroom/comments")));
		assertThat(response.status()).isEqualTo(302);
		assertThat(column(id, "status")).isEqualTo(action.equals("approve") ? "APPROVED" : "SPAM");
	}

	private String progress(SiteClient editor) {
		Document queue = editor.get("/newsroom/comments").document();
		return queue.selectFirst(".filter-progress").text();
	}

	/** An address with an approved comment, so the first-time check lets it through. */
	private String trusted(String path) {
		String email = Poster.uniqueEmail("known");
		this.comments.addApproved(new Poster(this.client, this.tokens).articleId(path), null, "Known", email, "",
				"An earlier comment.", Instant.now().minusSeconds(3600));
		return email;
	}

	private String column(long id, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM comment WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
