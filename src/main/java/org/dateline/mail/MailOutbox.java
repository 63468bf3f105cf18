package org.dateline.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail waiting to go out. Features queue a message in their own transaction and move on;
 * {@link MailDelivery} delivers it in the background, so a slow or absent mail server
 * never holds up a reader, and nothing queued is lost in a crash.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void queue(Mail mail) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO mail_outbox (recipient, subject, body, unsubscribe_url, created_at, next_attempt_at)
				VALUES (:to, :subject, :body, :unsubscribe, :now, :now)
				""")
			.param("to", mail.to())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.param("unsubscribe", mail.unsubscribeUrl())
			.param("now", Sql.millis(now))
			.update();
	}

	/**
	 * Forgets every unsent message to this address (when a commenter asks to be erased).
	 */
	@Transactional
	public int forget(String recipient) {
		return this.jdbc.sql("DELETE FROM mail_outbox WHERE recipient = :to").param("to", recipient).update();
	}

	public long unsent() {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

	List<Queued> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id, recipient, subject, body, unsubscribe_url, attempts, next_attempt_at FROM mail_outbox
				WHERE sent_at IS NULL AND next_attempt_at <= :now AND attempts < :maxAttempts
				ORDER BY next_attempt_at, id LIMIT :limit
				""")
			.param("now", Sql.millis(now))
			.param("maxAttempts", MailDelivery.MAX_ATTEMPTS)
			.param("limit", limit)
			.query((rs, row) -> new Queued(rs.getLong("id"),
					new Mail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
							rs.getString("unsubscribe_url")),
					rs.getInt("attempts"), rs.getLong("next_attempt_at")))
			.list();
	}

	/** Takes a message for sending; false when another node took it first. */
	boolean claim(Queued queued, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE mail_outbox SET next_attempt_at = :lease
				WHERE id = :id AND next_attempt_at = :seen AND sent_at IS NULL
				""")
			.param("lease", Sql.millis(leaseUntil))
			.param("id", queued.id())
			.param("seen", queued.nextAttemptAt())
			.update() == 1;
	}

	void sent(long id, Instant at) {
		this.jdbc.sql("UPDATE mail_outbox SET sent_at = :at, attempts = attempts + 1, last_error = '' WHERE id = :id")
			.param("at", Sql.millis(at))
			.param("id", id)
			.update();
	}

	void failed(long id, String error, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :retry
				WHERE id = :id
				""").param("error", error).param("retry", Sql.millis(retryAt)).param("id", id).update();
	}

	record Queued(long id, Mail mail, int attempts, long nextAttemptAt) {
	}

}
