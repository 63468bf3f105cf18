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
 * The spam and abuse rules over real HTTP: each check's verdict, the reason stored for
 * moderators, and what the reader is told. (The test site adds "sponsored" and "giveaway"
 * as moderation words, "casinobonus" as a blocked word, 198.51.100.66 as a blocked IP and
 * spam.example as a blocked domain.)
 */
@SiteTest
class CommentDefenceTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcClient jdbc;

	Poster poster;

	String path;

	@BeforeEach
	void setUp() {
		this.poster = new Poster(this.client, this.tokens);
		this.path = DemoPaths.article(this.client, "culture", "asuncion-harp-festival-young-players");
	}

	String trusted(String name) {
		String email = Poster.uniqueEmail(name);
		this.comments.addApproved(this.poster.articleId(this.path), null, name, email, "", "Earlier.",
				Instant.now().minusSeconds(7200));
		return email;
	}

	Map<String, String> form(String email, String body) {
		return this.poster.form(this.path, "Tester", email, body);
	}

	String stored(long id, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM comment WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void theChecksRunInTheirFixedOrderAndEveryVerdictIsStored() {
		long id = Poster.commentId(this.poster.post(this.client, this.path, form(trusted("order"), "All clear.")));
		assertThat(stored(id, "status")).isEqualTo("APPROVED");
		assertThat(stored(id, "checks").lines().map((line) -> line.substring(0, line.indexOf(':'))).toList())
			.containsExactly("length", "article-open", "block-list", "honeypot-and-timing", "rate", "links",
					"moderation-words", "learned-score", "first-time-commenter");
	}

	@Test
	void aFilledHoneypotIsABotAndIsRejected() {
		Map<String, String> form = form(trusted("bot"), "Buy now");
		form.put("homepage", "http://bot.invalid/");
		SiteClient.Response response = this.poster.post(this.client, this.path, form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().selectFirst(".form-message").text())
			.isEqualTo("Your comment could not be posted.");
	}

	@Test
	void sendingFasterThanAPersonCanTypeIsRejectedWithAnExplanation() {
		Map<String, String> form = form(trusted("fast"), "Fast.");
		form.put("token", this.tokens.formToken(this.poster.articleId(this.path), Instant.now()));
		SiteClient.Response response = this.poster.post(this.client, this.path, form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().selectFirst(".form-message").text())
			.startsWith("That was quicker than we expect");
		assertThat(response.document().selectFirst("#comment-body").wholeText()).isEqualTo("Fast.");
	}

	@Test
	void aForgedOrVeryOldTokenIsHeldNotRejected() {
		Map<String, String> forged = form(trusted("forged"), "Forged token.");
		forged.put("token", forged.get("token").replaceFirst(".$", "x"));
		long forgedId = Poster.commentId(this.poster.post(this.client, this.path, forged));
		assertThat(stored(forgedId, "status")).isEqualTo("PENDING");
		assertThat(stored(forgedId, "held_for")).contains("honeypot-and-timing: no valid form token");

		Map<String, String> old = form(trusted("old"), "Left the tab open for a week.");
		old.put("token",
				this.tokens.formToken(this.poster.articleId(this.path), Instant.now().minusSeconds(7 * 86400)));
		long oldId = Poster.commentId(this.poster.post(this.client, this.path, old));
		assertThat(stored(oldId, "held_for")).contains("honeypot-and-timing: form served 168 hours before it was sent");
	}

	@Test
	void floodControlStopsTheSixthCommentAMinuteFromOneAddress() {
		String ip = Poster.freshIp();
		for (int i = 1; i <= 5; i++) {
			SiteClient.Response ok = this.poster.post(this.client, this.path,
					form(trusted("flood" + i), "Comment " + i), ip);
			assertThat(ok.status()).as("comment " + i).isEqualTo(303);
		}
		SiteClient.Response sixth = this.poster.post(this.client, this.path, form(trusted("flood6"), "Comment 6"), ip);
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.document().selectFirst(".form-message").text()).startsWith("You are sending comments faster");
	}

	@Test
	void floodControlAlsoCountsPerEmailAddress() {
		String email = trusted("chatty");
		for (int i = 1; i <= 3; i++) {
			assertThat(this.poster.post(this.client, this.path, form(email, "Thought " + i)).status()).isEqualTo(303);
		}
		assertThat(this.poster.post(this.client, this.path, form(email, "Thought 4")).status()).isEqualTo(429);
	}

	@Test
	void theSameTextTwiceFromOneAddressIsADuplicate() {
		String email = trusted("echo");
		assertThat(this.poster.post(this.client, this.path, form(email, "I said this once.")).status()).isEqualTo(303);
		SiteClient.Response again = this.poster.post(this.client, this.path, form(email, "I said this once."));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.document().selectFirst(".form-message").text())
			.isEqualTo("It looks as though you have already said that.");
	}

	@Test
	void moreThanTwoLinksAreHeldWithTheReason() {
		long id = Poster.commentId(this.poster.post(this.client, this.path,
				form(trusted("links"), "See https://a.example/1 and http://b.example/2 and www.c.example")));
		assertThat(stored(id, "status")).isEqualTo("PENDING");
		assertThat(stored(id, "held_for")).isEqualTo("links: 3 links; more than 2 are held");
	}

	@Test
	void moderationWordsHoldAndBlockedWordsReject() {
		long id = Poster.commentId(
				this.poster.post(this.client, this.path, form(trusted("words"), "A Sponsored message about harps")));
		assertThat(stored(id, "held_for")).isEqualTo("moderation-words: contains \"sponsored\"");
		SiteClient.Response blocked = this.poster.post(this.client, this.path,
				form(trusted("blocked"), "Try CasinoBonus now"));
		assertThat(blocked.status()).isEqualTo(422);
		assertThat(blocked.document().selectFirst(".form-message").text())
			.isEqualTo("Your comment could not be posted.");
	}

	@Test
	void blockedAddressesDomainsAndIpsAreRejected() {
		assertThat(this.poster.post(this.client, this.path, form(trusted("ip"), "From a blocked IP"), "198.51.100.66")
			.status()).isEqualTo(422);
		assertThat(this.poster.post(this.client, this.path, form("someone@spam.example", "From a blocked domain"))
			.status()).isEqualTo(422);
		Map<String, String> linking = form(trusted("linker"), "Fine text");
		linking.put("website", "https://www.spam.example/offer");
		assertThat(this.poster.post(this.client, this.path, linking).status()).isEqualTo(422);
	}

}
