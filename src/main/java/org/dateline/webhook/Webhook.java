package org.dateline.webhook;

import java.time.Instant;

/** A registered webhook. Its secret never leaves this package after registration. */
public record Webhook(long id, String url, String description, boolean active, Instant createdAt) {
}
