package org.dateline.comment.spam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Flood control and duplicates: at most so many comments a minute from one IP and from
 * one address (counted on this node), and never the same text twice from the same address
 * on the same article.
 */
public final class RateCheck implements CommentCheck {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final int MAX_TRACKED = 100_000;

	private final boolean floodEnabled;

	private final int perIp;

	private final int perEmail;

	private final Predicate<Submission> duplicate;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	/**
	 * @param duplicate whether the same address already said the same on the same article
	 */
	public RateCheck(boolean floodEnabled, int perIpPerMinute, int perEmailPerMinute, Predicate<Submission> duplicate) {
		this.floodEnabled = floodEnabled;
		this.perIp = perIpPerMinute;
		this.perEmail = perEmailPerMinute;
		this.duplicate = duplicate;
	}

	@Override
	public String name() {
		return "rate";
	}

	@Override
	public Verdict check(Submission s) {
		if (this.floodEnabled) {
			if (tooMany("ip:" + s.ip(), this.perIp, s.now())) {
				return Verdict.reject(name(), "more than " + this.perIp + " comments a minute from this IP");
			}
			if (tooMany("email:" + s.email().toLowerCase(Locale.ROOT), this.perEmail, s.now())) {
				return Verdict.reject(name(), "more than " + this.perEmail + " comments a minute from this address");
			}
		}
		if (this.duplicate.test(s)) {
			return Verdict.reject(name(), "duplicate of an earlier comment");
		}
		return Verdict.pass(name(), this.floodEnabled ? "" : "flood control switched off");
	}

	private boolean tooMany(String key, int limit, Instant now) {
		if (this.recent.size() > MAX_TRACKED) {
			this.recent.clear(); // under a flood of distinct keys, forgetting is safer
									// than running out of memory
		}
		Deque<Instant> times = this.recent.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			Instant since = now.minus(WINDOW);
			while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return true;
			}
			times.addLast(now);
			return false;
		}
	}

}
