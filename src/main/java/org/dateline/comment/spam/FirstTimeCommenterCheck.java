package org.dateline.comment.spam;

import java.util.function.ToLongFunction;

/**
 * Holds comments from an address until the newsroom has approved enough of its comments.
 */
public record FirstTimeCommenterCheck(int holdUntilApproved,
		ToLongFunction<String> approvedComments) implements CommentCheck {

	@Override
	public String name() {
		return "first-time-commenter";
	}

	@Override
	public Verdict check(Submission s) {
		if (this.holdUntilApproved <= 0) {
			return Verdict.pass(name());
		}
		long approved = this.approvedComments.applyAsLong(s.email());
		if (approved < this.holdUntilApproved) {
			return Verdict.hold(name(), approved == 0 ? "first comment from this address"
					: "only " + approved + " approved comments from this address so far");
		}
		return Verdict.pass(name(), approved + " approved before");
	}

}
