/**
 * Webhooks: URLs the newsroom registers to be told, by a signed JSON POST, when an
 * article is published, updated or unpublished. Owns the {@code webhook} and
 * {@code webhook_delivery} tables, a durable outbox like {@code mail}'s: deliveries are
 * queued in the transaction that changed the article and sent by a background sender that
 * retries with backoff and refuses private addresses. A feature of its own, not part of
 * {@code api}: the API is stateless reading, this writes, schedules and calls out. The
 * newsroom's screens for it live in {@code newsroom}.
 */
package org.dateline.webhook;
