package org.dateline.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.dateline.comment.spam.Submission;
import org.dateline.comment.spam.Verdict;
import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comments the checks rejected, kept for moderators: which check, and why. A bot
 * sending thousands of rejected comments must not cost thousands of writes, so rejections
 * wait in a bounded queue and are written together once a second; past
 * {@link #QUEUE_LIMIT} waiting, they are counted instead of kept, and the count is
 * written. Rejections are kept {@link #KEPT} and never carry an email address. A
 * rejection waiting when the process dies is lost: nobody was told it was stored.
 */
@Component
public class RejectionLog {

	static final int QUEUE_LIMIT = 1_000;

	static final Duration KEPT = Duration.ofDays(30);

	static final int EXCERPT = 280;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final BlockingQueue<Rejection> waiting = new ArrayBlockingQueue<>(QUEUE_LIMIT);

	private final AtomicLong overflow = new AtomicLong();

	RejectionLog(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * A rejected comment as moderators see it.
	 *
	 * @param checks what every check said, one line each
	 * @param excerpt the start of the comment's text
	 */
	public record Rejection(long articleId, String check, String reason, String checks, String authorName, String ip,
			String excerpt, Instant at) {
	}

	void record(Submission submission, Verdict rejection, String checks) {
		record(submission.articleId(), rejection.check(), rejection.reason(), checks, submission.name(),
				submission.ip(), submission.body(), submission.now());
	}

	/**
	 * Keeps a rejection until the next {@link #write()}, or counts it when too many wait.
	 */
	public void record(long articleId, String check, String reason, String checks, String authorName, String ip,
			String body, Instant at) {
		Rejection entry = new Rejection(articleId, check, reason, Objects.requireNonNullElse(checks, ""),
				Objects.requireNonNullElse(authorName, ""), Objects.requireNonNullElse(ip, ""),
				excerpt(Objects.requireNonNullElse(body, "")), at);
		if (!this.waiting.offer(entry)) {
			this.overflow.incrementAndGet();
		}
	}

	/** Writes what waits, in one transaction, and forgets what is older than kept. */
	@Scheduled(fixedDelayString = "${dateline.comment.rejections-written-every:1s}")
	public void write() {
		List<Rejection> batch = new ArrayList<>();
		this.waiting.drainTo(batch);
		long dropped = this.overflow.getAndSet(0);
		Instant now = this.clock.instant();
		if (dropped > 0) {
			batch.add(new Rejection(0, "overflow",
					dropped + " more rejections in a second than the " + QUEUE_LIMIT + " kept; not recorded one by one",
					"", "", "", "", now));
		}
		if (batch.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			for (Rejection r : batch) {
				this.jdbc.sql("""
						INSERT INTO comment_rejection (article_id, check_name, reason, checks, author_name, ip, excerpt,
						                               created_at)
						VALUES (:article, :check, :reason, :checks, :name, :ip, :excerpt, :at)
						""")
					.param("article", r.articleId())
					.param("check", r.check())
					.param("reason", r.reason())
					.param("checks", r.checks())
					.param("name", r.authorName())
					.param("ip", r.ip())
					.param("excerpt", r.excerpt())
					.param("at", Sql.millis(r.at()))
					.update();
			}
			this.jdbc.sql("DELETE FROM comment_rejection WHERE created_at < :cutoff")
				.param("cutoff", Sql.millis(now.minus(KEPT)))
				.update();
		});
	}

	/** The newest rejections first. */
	public List<Rejection> newest(int limit, int offset) {
		return this.jdbc.sql("""
				SELECT article_id, check_name, reason, checks, author_name, ip, excerpt, created_at
				FROM comment_rejection ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Rejection(rs.getLong("article_id"), rs.getString("check_name"),
					rs.getString("reason"), rs.getString("checks"), rs.getString("author_name"), rs.getString("ip"),
					rs.getString("excerpt"), Sql.instant(rs, "created_at")))
			.list();
	}

	/** How many rejections are kept (the last {@link #KEPT}). */
	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM comment_rejection").query(Long.class).single();
	}

	private static String excerpt(String body) {
		String text = body.strip();
		if (text.codePointCount(0, text.length()) <= EXCERPT) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "…";
	}

}
