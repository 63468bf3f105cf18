package org.dateline.comment.spam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each check on its own, without Spring: its settings come in through its constructor.
 */
class CommentChecksTests {

	static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	static Submission submission(String body) {
		return new Submission(1, "Ada Reader", "ada@example.org", "", body, "203.0.113.5", "Test", "",
				NOW.minusSeconds(30), NOW, null);
	}

	static Submission with(Submission s, String website, String ip, String email, String honeypot, Instant issued,
			String closed) {
		return new Submission(s.articleId(), s.name(), email, website, s.body(), ip, s.userAgent(), honeypot, issued,
				s.now(), closed);
	}

	@Test
	void lengthRejectsWhatTheFormShouldHaveStoppedAndHoldsWallsOfOneCharacter() {
		LengthCheck check = new LengthCheck(10, 100);
		assertThat(check.check(submission("🎉".repeat(10))).outcome()).isEqualTo(Verdict.Outcome.PASS);
		assertThat(check.check(submission("🎉".repeat(11))).outcome()).isEqualTo(Verdict.Outcome.REJECT);
		LengthCheck roomy = new LengthCheck(5000, 100);
		assertThat(roomy.check(submission("a" + "!".repeat(60))).outcome()).isEqualTo(Verdict.Outcome.HOLD);
	}

	@Test
	void articleOpenPassesTheReasonAnArticleIsClosedOnToTheReader() {
		Submission closed = with(submission("x"), "", "1.2.3.4", "a@example.org", "", NOW, "Comments are closed.");
		assertThat(new ArticleOpenCheck().check(closed))
			.isEqualTo(Verdict.reject("article-open", "Comments are closed."));
		assertThat(new ArticleOpenCheck().check(submission("x")).passed()).isTrue();
	}

	@Test
	void blockListMatchesAddressesIpPrefixesDomainsAndWholeWords() {
		BlockListCheck check = new BlockListCheck(List.of("casino"), List.of("203.0.113.", "198.51.100.7"),
				List.of("troll@example.org"), List.of("spam.example"));
		Submission clean = submission("A casinoless sentence about casinos.");
		assertThat(check.check(with(submission("Nothing bad here"), "", "192.0.2.1", "a@example.org", "", NOW, null))
			.passed()).isTrue();
		assertThat(check.check(with(clean, "", "192.0.2.1", "a@example.org", "", NOW, null)).passed())
			.as("whole words only")
			.isTrue();
		assertThat(check.check(with(submission("Visit the CASINO"), "", "192.0.2.1", "a@example.org", "", NOW, null))
			.reason()).isEqualTo("blocked word \"casino\"");
		assertThat(check.check(submission("x")).reason()).isEqualTo("blocked IP 203.0.113.");
		Submission other = with(submission("x"), "", "198.51.100.7", "a@example.org", "", NOW, null);
		assertThat(check.check(other).reason()).isEqualTo("blocked IP 198.51.100.7");
		Submission troll = with(submission("x"), "", "192.0.2.1", "Troll@Example.org", "", NOW, null);
		assertThat(check.check(troll).reason()).isEqualTo("blocked email address");
		Submission domain = with(submission("x"), "", "192.0.2.1", "a@mail.spam.example", "", NOW, null);
		assertThat(check.check(domain).reason()).isEqualTo("blocked domain spam.example");
		Submission linking = with(submission("see https://spam.example/x"), "", "192.0.2.1", "a@example.org", "", NOW,
				null);
		assertThat(check.check(linking).outcome()).isEqualTo(Verdict.Outcome.REJECT);
	}

	@Test
	void honeypotAndTimingCatchBotsAndHoldWhatIsUncertain() {
		HoneypotTimingCheck check = new HoneypotTimingCheck(true, Duration.ofSeconds(3), Duration.ofDays(3));
		Submission base = submission("Hello");
		assertThat(check.check(base).passed()).isTrue();
		assertThat(
				check.check(with(base, "", base.ip(), base.email(), "http://x", base.formIssuedAt(), null)).outcome())
			.isEqualTo(Verdict.Outcome.REJECT);
		assertThat(check.check(with(base, "", base.ip(), base.email(), "", NOW.minusMillis(900), null)).reason())
			.isEqualTo("sent 900 ms after the form was served");
		assertThat(check.check(with(base, "", base.ip(), base.email(), "", NOW.plusSeconds(5), null)).outcome())
			.as("a token from the future")
			.isEqualTo(Verdict.Outcome.REJECT);
		assertThat(check.check(with(base, "", base.ip(), base.email(), "", null, null)).outcome())
			.isEqualTo(Verdict.Outcome.HOLD);
		assertThat(
				check.check(with(base, "", base.ip(), base.email(), "", NOW.minus(Duration.ofDays(4)), null)).reason())
			.isEqualTo("form served 96 hours before it was sent");
		HoneypotTimingCheck off = new HoneypotTimingCheck(false, Duration.ofSeconds(3), Duration.ofDays(3));
		assertThat(off.check(with(base, "", base.ip(), base.email(), "", NOW, null)).passed()).isTrue();
		assertThat(off.check(with(base, "", base.ip(), base.email(), "bot", NOW, null)).outcome())
			.as("the honeypot stays on when timing is off")
			.isEqualTo(Verdict.Outcome.REJECT);
	}

	@Test
	void rateLimitsEachAddressAndEachEmailAndSpotsDuplicates() {
		RateCheck check = new RateCheck(true, 3, 2, (s) -> s.body().equals("seen"));
		Submission first = with(submission("a"), "", "192.0.2.10", "one@example.org", "", NOW, null);
		assertThat(check.check(first).passed()).isTrue();
		assertThat(check.check(first).passed()).isTrue();
		assertThat(check.check(first).reason()).isEqualTo("more than 2 comments a minute from this address");
		Submission otherEmail = with(submission("a"), "", "192.0.2.10", "two@example.org", "", NOW, null);
		assertThat(check.check(otherEmail).reason()).isEqualTo("more than 3 comments a minute from this IP");
		Submission later = new Submission(1, "A", "three@example.org", "", "a", "192.0.2.10", "", "", NOW,
				NOW.plusSeconds(61), null);
		assertThat(check.check(later).passed()).as("a minute later the window has moved").isTrue();
		assertThat(check.check(with(submission("seen"), "", "192.0.2.99", "d@example.org", "", NOW, null)).reason())
			.isEqualTo("duplicate of an earlier comment");
		RateCheck off = new RateCheck(false, 1, 1, (s) -> false);
		for (int i = 0; i < 10; i++) {
			assertThat(off.check(first).passed()).isTrue();
		}
	}

	@Test
	void linksAreCountedWhereverReadersWriteThem() {
		LinkCheck check = new LinkCheck(2);
		assertThat(check.check(submission("https://a.example and www.b.example")).passed()).isTrue();
		assertThat(check.check(submission("https://a.example http://b.example www.c.example")).reason())
			.isEqualTo("3 links; more than 2 are held");
	}

	@Test
	void moderationWordsHoldWholeWordsInAnyCase() {
		ModerationWordsCheck check = new ModerationWordsCheck(List.of("refund", "free money"));
		assertThat(check.check(submission("Ask for a REFUND today")).reason()).isEqualTo("contains \"refund\"");
		assertThat(check.check(submission("Get free   money")).passed()).as("phrases match as written").isTrue();
		assertThat(check.check(submission("Get free money")).outcome()).isEqualTo(Verdict.Outcome.HOLD);
		assertThat(check.check(submission("refunded")).passed()).isTrue();
	}

	@Test
	void firstTimeCommentersAreHeldUntilEnoughWereApproved() {
		assertThat(new FirstTimeCommenterCheck(1, (email) -> 0).check(submission("x")).reason())
			.isEqualTo("first comment from this address");
		assertThat(new FirstTimeCommenterCheck(3, (email) -> 2).check(submission("x")).reason())
			.isEqualTo("only 2 approved comments from this address so far");
		assertThat(new FirstTimeCommenterCheck(1, (email) -> 1).check(submission("x")).passed()).isTrue();
		assertThat(new FirstTimeCommenterCheck(0, (email) -> 0).check(submission("x")).passed()).isTrue();
	}

	@Test
	void theLearnedScoreOnlyHoldsOnceTheFilterActs() {
		org.dateline.comment.SpamScore learning = new org.dateline.comment.SpamScore(true, false, 0.99, "casino +4.0");
		org.dateline.comment.SpamScore acting = new org.dateline.comment.SpamScore(true, true, 0.99, "casino +4.0");
		assertThat(new LearnedScoreCheck(0.9, (s) -> learning).check(submission("x")).reason())
			.isEqualTo("99% spam (casino +4.0); not acting yet");
		assertThat(new LearnedScoreCheck(0.9, (s) -> acting).check(submission("x")).outcome())
			.isEqualTo(Verdict.Outcome.HOLD);
		assertThat(
				new LearnedScoreCheck(0.9, (s) -> org.dateline.comment.SpamScore.NONE).check(submission("x")).reason())
			.isEqualTo("not enough decisions to score yet");
	}

}
