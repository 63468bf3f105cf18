package org.dateline.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks and their deliveries: the durable outbox the sender works through. */
@Repository
class WebhookRepository {

	private static final String WEBHOOK = "SELECT id, url, description, active, created_at FROM webhook ";

	private static final String DELIVERY = """
			SELECT id, delivery_key, webhook_id, event, article_id, status, attempts, next_attempt_at,
			       last_attempt_at, last_status_code, last_error, delivered_at, created_at
			FROM webhook_delivery
			""";

	private final JdbcClient jdbc;

	WebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String url, String description, String secret, Long createdBy, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO webhook (url, description, secret, active, created_by, created_at)
				VALUES (:url, :description, :secret, :active, :createdBy, :now)
				RETURNING id
				""")
			.param("url", url)
			.param("description", description)
			.param("secret", secret)
			.param("active", true)
			.param("createdBy", createdBy)
			.param("now", Sql.millis(now))
			.query(Long.class)
			.single();
	}

	List<Webhook> all() {
		return this.jdbc.sql(WEBHOOK + "ORDER BY id").query(WebhookRepository::webhook).list();
	}

	List<Webhook> active() {
		return this.jdbc.sql(WEBHOOK + "WHERE active = :active ORDER BY id")
			.param("active", true)
			.query(WebhookRepository::webhook)
			.list();
	}

	Optional<Webhook> find(long id) {
		return this.jdbc.sql(WEBHOOK + "WHERE id = :id").param("id", id).query(WebhookRepository::webhook).optional();
	}

	String secret(long webhookId) {
		return this.jdbc.sql("SELECT secret FROM webhook WHERE id = :id")
			.param("id", webhookId)
			.query(String.class)
			.single();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM webhook_delivery WHERE webhook_id = :id").param("id", id).update();
		this.jdbc.sql("DELETE FROM webhook WHERE id = :id").param("id", id).update();
	}

	void queue(String key, long webhookId, String event, long articleId, String payload, Instant occurredAt,
			Instant now) {
		this.jdbc.sql("""
				INSERT INTO webhook_delivery (delivery_key, webhook_id, event, article_id, payload, status,
				                              next_attempt_at, occurred_at, created_at)
				VALUES (:key, :webhook, :event, :article, :payload, 'PENDING', :now, :occurredAt, :now)
				""")
			.param("key", key)
			.param("webhook", webhookId)
			.param("event", event)
			.param("article", articleId)
			.param("payload", payload)
			.param("occurredAt", Sql.millis(occurredAt))
			.param("now", Sql.millis(now))
			.update();
	}

	/**
	 * A new delivery of what an earlier one carried, as if it had just happened again.
	 */
	void requeue(long deliveryId, String key, Instant now) {
		this.jdbc.sql("""
				INSERT INTO webhook_delivery (delivery_key, webhook_id, event, article_id, payload, status,
				                              next_attempt_at, occurred_at, created_at)
				SELECT :key, webhook_id, event, article_id, payload, 'PENDING', :now, occurred_at, :now
				FROM webhook_delivery WHERE id = :id
				""").param("key", key).param("id", deliveryId).param("now", Sql.millis(now)).update();
	}

	Optional<WebhookDelivery> delivery(long id) {
		return this.jdbc.sql(DELIVERY + "WHERE id = :id").param("id", id).query(WebhookRepository::delivery).optional();
	}

	List<WebhookDelivery> recent(long webhookId, int limit) {
		return this.jdbc.sql(DELIVERY + "WHERE webhook_id = :webhook ORDER BY id DESC LIMIT :limit")
			.param("webhook", webhookId)
			.param("limit", limit)
			.query(WebhookRepository::delivery)
			.list();
	}

	List<Due> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT d.id, d.delivery_key, d.webhook_id, d.event, d.payload, d.attempts, d.next_attempt_at,
				       d.occurred_at, w.url, w.secret
				FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
				WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND w.active = :active
				ORDER BY d.next_attempt_at, d.id LIMIT :limit
				""")
			.param("now", Sql.millis(now))
			.param("active", true)
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("delivery_key"), rs.getLong("webhook_id"),
					rs.getString("event"), rs.getString("payload"), rs.getInt("attempts"),
					rs.getLong("next_attempt_at"), Sql.instant(rs, "occurred_at"), rs.getString("url"),
					rs.getString("secret")))
			.list();
	}

	/**
	 * Takes a delivery for sending until the lease ends; false when another node (or an
	 * earlier run still going) took it first.
	 */
	boolean claim(Due due, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET next_attempt_at = :lease
				WHERE id = :id AND next_attempt_at = :seen AND status = 'PENDING'
				""")
			.param("lease", Sql.millis(leaseUntil))
			.param("id", due.id())
			.param("seen", due.nextAttemptAt())
			.update() == 1;
	}

	void delivered(long id, int statusCode, Instant at) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :at,
				       last_status_code = :code, last_error = '', delivered_at = :at
				WHERE id = :id
				""").param("at", Sql.millis(at)).param("code", statusCode).param("id", id).update();
	}

	/**
	 * A failed attempt: tried again at {@code retryAt}, or given up when that is null.
	 */
	void failed(long id, Integer statusCode, String error, Instant at, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET status = :status, attempts = attempts + 1, last_attempt_at = :at,
				       last_status_code = :code, last_error = :error, next_attempt_at = :retry
				WHERE id = :id
				""")
			.param("status", retryAt == null ? "FAILED" : "PENDING")
			.param("at", Sql.millis(at))
			.param("code", statusCode)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("retry", Sql.millis(retryAt == null ? at : retryAt))
			.param("id", id)
			.update();
	}

	/** A delivery due now, with where it goes and the key it is signed with. */
	record Due(long id, String key, long webhookId, String event, String payload, int attempts, long nextAttemptAt,
			Instant occurredAt, String url, String secret) {
	}

	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		return new Webhook(rs.getLong("id"), rs.getString("url"), rs.getString("description"), rs.getBoolean("active"),
				Sql.instant(rs, "created_at"));
	}

	private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
		int code = rs.getInt("last_status_code");
		Integer statusCode = rs.wasNull() ? null : code;
		return new WebhookDelivery(rs.getLong("id"), rs.getString("delivery_key"), rs.getLong("webhook_id"),
				rs.getString("event"), rs.getLong("article_id"), WebhookDelivery.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "last_attempt_at"),
				statusCode, rs.getString("last_error"), Sql.instant(rs, "delivered_at"), Sql.instant(rs, "created_at"));
	}

}
