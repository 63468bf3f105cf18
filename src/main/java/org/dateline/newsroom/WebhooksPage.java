package org.dateline.newsroom;

import java.util.List;

import org.dateline.webhook.Webhook;

/** Every webhook, and the form to register another (as sent, when it was refused). */
public record WebhooksPage(Desk desk, List<Webhook> webhooks, String notice, String error, String url,
		String description) {
}
