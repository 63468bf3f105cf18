package org.dateline.newsroom;

import java.util.List;

import org.dateline.webhook.Webhook;
import org.dateline.webhook.WebhookDelivery;

/**
 * One webhook with its recent deliveries. {@code secret} is set only right after
 * registration, the one time it is shown.
 */
public record WebhookPage(Desk desk, Webhook webhook, List<WebhookDelivery> deliveries, String notice, String secret) {
}
