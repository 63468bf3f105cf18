package org.dateline.comment.spam;

/**
 * What one check says about a comment: pass it, hold it for a moderator, or reject it
 * outright. The reason is stored with the comment and shown in the moderation queue.
 */
public record Verdict(String check, Outcome outcome, String reason) {

	public enum Outcome {

		PASS, HOLD, REJECT

	}

	public static Verdict pass(String check) {
		return new Verdict(check, Outcome.PASS, "");
	}

	public static Verdict pass(String check, String note) {
		return new Verdict(check, Outcome.PASS, note);
	}

	public static Verdict hold(String check, String reason) {
		return new Verdict(check, Outcome.HOLD, reason);
	}

	public static Verdict reject(String check, String reason) {
		return new Verdict(check, Outcome.REJECT, reason);
	}

	public boolean passed() {
		return this.outcome == Outcome.PASS;
	}

	@Override
	public String toString() {
		return this.check + ": " + this.outcome + (this.reason.isEmpty() ? "" : " (" + this.reason + ")");
	}

}
