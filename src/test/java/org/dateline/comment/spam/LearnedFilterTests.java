package org.dateline.comment.spam;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.dateline.comment.SpamScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The naive Bayes filter learns from decisions and explains itself. */
class LearnedFilterTests {

	private final Map<String, long[]> counts = new HashMap<>();

	private long spam;

	private long ham;

	private static Submission comment(String body, String website, String email) {
		return new Submission(1, "Reader", email, website, body, "", "", "", null, Instant.EPOCH, null);
	}

	private void learn(Submission submission, boolean isSpam) {
		for (String token : LearnedFilter.tokens(submission)) {
			long[] count = this.counts.computeIfAbsent(token, (t) -> new long[2]);
			count[isSpam ? 0 : 1]++;
		}
		if (isSpam) {
			this.spam++;
		}
		else {
			this.ham++;
		}
	}

	@Test
	void tokensAreWordsLinkedDomainsAndTheAddressDomain() {
		Set<String> tokens = LearnedFilter.tokens(
				comment("Cheap PILLS at https://www.pharma.example/buy now", "https://x.example", "a@mail.example"));
		assertThat(tokens).contains("cheap", "pills", "link:pharma.example", "link:x.example", "has-website",
				"email-domain:mail.example");
	}

	@Test
	void itScoresNothingBeforeItHasSeenBothKinds() {
		learn(comment("great reporting", "", "a@example.org"), false);
		assertThat(LearnedFilter.score(Set.of("great"), this.counts, this.spam, this.ham, 200))
			.isEqualTo(SpamScore.NONE);
	}

	@Test
	void afterTrainingSpamScoresHighHamLowAndTheEvidenceNamesTheWords() {
		for (int i = 0; i < 30; i++) {
			learn(comment("cheap pills casino bonus offer " + i, "https://pharma.example", "x" + i + "@spam.example"),
					true);
			learn(comment("the ferry timetable changed on tuesday and the council vote " + i, "",
					"r" + i + "@example.org"), false);
		}
		SpamScore spammy = LearnedFilter.score(
				LearnedFilter.tokens(comment("casino bonus pills", "https://pharma.example", "z@spam.example")),
				this.counts, this.spam, this.ham, 20);
		SpamScore hammy = LearnedFilter.score(
				LearnedFilter.tokens(comment("the council ferry vote", "", "q@example.org")), this.counts, this.spam,
				this.ham, 20);
		assertThat(spammy.probability()).isGreaterThan(0.99);
		assertThat(hammy.probability()).isLessThan(0.01);
		assertThat(spammy.acting()).isTrue();
		assertThat(spammy.evidence()).contains("casino +");
		assertThat(hammy.evidence()).contains("council \u2212");
		SpamScore early = LearnedFilter.score(LearnedFilter.tokens(comment("casino", "", "a@b.example")), this.counts,
				this.spam, this.ham, 200);
		assertThat(early.scored()).isTrue();
		assertThat(early.acting()).as("200 of each needed").isFalse();
	}

}
