package org.dateline.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.comment.spam.ArticleOpenCheck;
import org.dateline.comment.spam.BlockListCheck;
import org.dateline.comment.spam.CommentCheck;
import org.dateline.comment.spam.FirstTimeCommenterCheck;
import org.dateline.comment.spam.HoneypotTimingCheck;
import org.dateline.comment.spam.LearnedFilter;
import org.dateline.comment.spam.LearnedScoreCheck;
import org.dateline.comment.spam.LengthCheck;
import org.dateline.comment.spam.LinkCheck;
import org.dateline.comment.spam.ModerationWordsCheck;
import org.dateline.comment.spam.RateCheck;
import org.dateline.comment.spam.Submission;
import org.dateline.comment.spam.Verdict;

import org.springframework.stereotype.Component;

/**
 * Every new comment passes these checks, in this order, and each says pass, hold or
 * reject with a reason. Any reject rejects; any hold sends the comment to the moderation
 * queue with all the reasons; otherwise it is published.
 */
@Component
class CheckPipeline {

	private final SpamTokenRepository tokens;

	private final CommentRepository comments;

	private final CommentProperties properties;

	private final CommentRulesService rules;

	/**
	 * The checks made for the rules they were made from; remade when the rules change.
	 */
	private volatile Built built;

	CheckPipeline(CommentProperties properties, CommentRulesService rules, CommentRepository comments,
			SpamTokenRepository tokens) {
		this.properties = properties;
		this.rules = rules;
		this.comments = comments;
		this.tokens = tokens;
	}

	private List<CommentCheck> checks() {
		CommentRules current = this.rules.current();
		Built built = this.built;
		if (built == null || !built.rules().equals(current)) {
			built = new Built(current, build(current));
			this.built = built;
		}
		return built.checks();
	}

	private List<CommentCheck> build(CommentRules rules) {
		CommentProperties properties = this.properties;
		CommentRepository comments = this.comments;
		return List.of(new LengthCheck(properties.maxLength(), properties.maxName()), new ArticleOpenCheck(),
				new BlockListCheck(rules.blockWords(), rules.blockIps(), rules.blockEmails(), rules.blockDomains()),
				new HoneypotTimingCheck(properties.timing().enabled(), properties.timing().minimum(),
						properties.timing().maximum()),
				new RateCheck(properties.flood().enabled(), properties.flood().perIpPerMinute(),
						properties.flood().perEmailPerMinute(),
						(s) -> comments.sameTextExists(s.articleId(), s.email(), s.body())),
				new LinkCheck(rules.maxLinks()), new ModerationWordsCheck(rules.moderationWords()),
				// the learned check gets the comment's score, computed once per run (see
				// run)
				new LearnedScoreCheck(properties.learnedHoldAbove(), (s) -> SpamScore.NONE),
				new FirstTimeCommenterCheck(rules.holdUntilApproved(),
						(email) -> comments.countByEmail(email, CommentStatus.APPROVED)));
	}

	/** The names of the checks, in the order they run. */
	List<String> names() {
		return checks().stream().map(CommentCheck::name).toList();
	}

	/** Runs the checks, stopping at the first rejection. */
	Result run(Submission submission) {
		SpamScore score = score(submission);
		List<Verdict> verdicts = new ArrayList<>();
		for (CommentCheck check : checks()) {
			if (check instanceof LearnedScoreCheck learned) {
				check = new LearnedScoreCheck(learned.holdAbove(), (s) -> score);
			}
			Verdict verdict = check.check(submission);
			verdicts.add(verdict);
			if (verdict.outcome() == Verdict.Outcome.REJECT) {
				break;
			}
		}
		return new Result(verdicts, score);
	}

	SpamScore score(Submission submission) {
		Set<String> found = LearnedFilter.tokens(submission);
		long[] totals = this.tokens.totals();
		return LearnedFilter.score(found, this.tokens.counts(found), totals[0], totals[1],
				this.properties.learnedMinimum());
	}

	private record Built(CommentRules rules, List<CommentCheck> checks) {
	}

	record Result(List<Verdict> verdicts, SpamScore score) {

		Verdict rejection() {
			return this.verdicts.stream().filter((v) -> v.outcome() == Verdict.Outcome.REJECT).findFirst().orElse(null);
		}

		boolean held() {
			return this.verdicts.stream().anyMatch((v) -> v.outcome() == Verdict.Outcome.HOLD);
		}

		String holdReasons() {
			return String.join("; ",
					this.verdicts.stream()
						.filter((v) -> v.outcome() == Verdict.Outcome.HOLD)
						.map((v) -> v.check() + ": " + v.reason())
						.toList());
		}

		String summary() {
			return String.join("\n", this.verdicts.stream().map(Verdict::toString).toList());
		}

	}

}
