package org.dateline.comment.spam;

/**
 * Rejects what the form's own limits should already have stopped (a client that skipped
 * them is not a browser), and holds walls of repeated characters.
 */
public record LengthCheck(int maxLength, int maxName) implements CommentCheck {

	@Override
	public String name() {
		return "length";
	}

	@Override
	public Verdict check(Submission s) {
		if (s.body().codePointCount(0, s.body().length()) > this.maxLength
				|| s.name().codePointCount(0, s.name().length()) > this.maxName) {
			return Verdict.reject(name(), "longer than the form allows");
		}
		if (s.body().matches("(?s).*(\\S)\\1{49,}.*")) {
			return Verdict.hold(name(), "a character repeated 50 times or more");
		}
		return Verdict.pass(name());
	}

}
