package org.dateline.comment.spam;

import org.dateline.comment.SpamScore;

import java.util.function.Function;

/**
 * Asks the filter learned from the moderators' own decisions. It only acts once it has
 * seen enough of both kinds; until then it scores and explains, and passes.
 */
public record LearnedScoreCheck(double holdAbove, Function<Submission, SpamScore> filter) implements CommentCheck {

	@Override
	public String name() {
		return "learned-score";
	}

	@Override
	public Verdict check(Submission s) {
		SpamScore score = this.filter.apply(s);
		if (score == null || !score.scored()) {
			return Verdict.pass(name(), "not enough decisions to score yet");
		}
		String summary = Math.round(score.probability() * 100) + "% spam (" + score.evidence() + ")";
		if (score.acting() && score.probability() >= this.holdAbove) {
			return Verdict.hold(name(), summary);
		}
		return Verdict.pass(name(), score.acting() ? summary : summary + "; not acting yet");
	}

}
