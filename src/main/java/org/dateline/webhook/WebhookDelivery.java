package org.dateline.webhook;

import java.time.Instant;

/**
 * One event sent, or being sent, to one webhook, with how it went.
 *
 * @param key the delivery id receivers see in {@code X-Dateline-Delivery}
 * @param lastStatusCode the receiver's HTTP status at the last attempt, or null when it
 * gave none (no connection, a timeout)
 */
public record WebhookDelivery(long id, String key, long webhookId, String event, long articleId, Status status,
		int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
		Instant deliveredAt, Instant createdAt) {

	public enum Status {

		/** Waiting for its first attempt or for a retry. */
		PENDING,
		/** The receiver answered 2xx. */
		DELIVERED,
		/** Given up after the last attempt failed. */
		FAILED

	}

}
