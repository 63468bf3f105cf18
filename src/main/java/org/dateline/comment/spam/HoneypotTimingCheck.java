package org.dateline.comment.spam;

import java.time.Duration;

/**
 * The traps bots fall into: a hidden field people never fill, and the signed time the
 * form was served. Faster than a person can type is a bot; a missing, forged or very old
 * token is held, since a person may have left a tab open.
 */
public record HoneypotTimingCheck(boolean timingEnabled, Duration minimum, Duration maximum) implements CommentCheck {

	@Override
	public String name() {
		return "honeypot-and-timing";
	}

	@Override
	public Verdict check(Submission s) {
		if (s.honeypot() != null && !s.honeypot().isBlank()) {
			return Verdict.reject(name(), "the hidden field was filled in");
		}
		if (!this.timingEnabled) {
			return Verdict.pass(name(), "timing check switched off");
		}
		if (s.formIssuedAt() == null) {
			return Verdict.hold(name(), "no valid form token");
		}
		Duration taken = Duration.between(s.formIssuedAt(), s.now());
		if (taken.isNegative() || taken.compareTo(this.minimum) < 0) {
			return Verdict.reject(name(), "sent " + taken.toMillis() + " ms after the form was served");
		}
		if (taken.compareTo(this.maximum) > 0) {
			return Verdict.hold(name(), "form served " + taken.toHours() + " hours before it was sent");
		}
		return Verdict.pass(name());
	}

}
