package org.dateline.comment;

import java.time.Instant;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Addresses that asked to hear about replies, and whether they confirmed or left. */
@Repository
class SubscriberRepository {

	private final JdbcClient jdbc;

	SubscriberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Subscriber(String email, String token, Instant confirmedAt, Instant unsubscribedAt,
			Instant confirmationSent) {

		boolean receivesReplies() {
			return this.confirmedAt != null && this.unsubscribedAt == null;
		}

	}

	Subscriber findOrCreate(String email, String newToken) {
		this.jdbc
			.sql("INSERT INTO comment_subscriber (email, token) VALUES (:email, :token) ON CONFLICT (email) DO NOTHING")
			.param("email", email)
			.param("token", newToken)
			.update();
		return find("email", email).orElseThrow();
	}

	Optional<Subscriber> byEmail(String email) {
		return find("email", email);
	}

	Optional<Subscriber> byToken(String token) {
		return find("token", token);
	}

	private Optional<Subscriber> find(String column, String value) {
		return this.jdbc
			.sql("SELECT email, token, confirmed_at, unsubscribed_at, confirmation_sent "
					+ "FROM comment_subscriber WHERE " + column + " = :value")
			.param("value", value)
			.query((rs, row) -> new Subscriber(rs.getString("email"), rs.getString("token"),
					Sql.instant(rs, "confirmed_at"), Sql.instant(rs, "unsubscribed_at"),
					Sql.instant(rs, "confirmation_sent")))
			.optional();
	}

	void confirmationSent(String email, Instant at) {
		this.jdbc.sql("UPDATE comment_subscriber SET confirmation_sent = :at WHERE email = :email")
			.param("at", Sql.millis(at))
			.param("email", email)
			.update();
	}

	void confirm(String token, Instant at) {
		this.jdbc.sql("UPDATE comment_subscriber SET confirmed_at = :at, unsubscribed_at = NULL WHERE token = :token")
			.param("at", Sql.millis(at))
			.param("token", token)
			.update();
	}

	void unsubscribe(String token, Instant at) {
		this.jdbc.sql("UPDATE comment_subscriber SET unsubscribed_at = :at WHERE token = :token")
			.param("at", Sql.millis(at))
			.param("token", token)
			.update();
	}

	void forget(String email) {
		this.jdbc.sql("DELETE FROM comment_subscriber WHERE email = :email").param("email", email).update();
	}

}
