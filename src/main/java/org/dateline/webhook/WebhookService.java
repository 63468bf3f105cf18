package org.dateline.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering webhooks and looking after their deliveries, for the newsroom's admins (see
 * {@code WebhookDeskController}). {@link WebhookEvents} queues deliveries and
 * {@link WebhookSender} sends them.
 */
@Service
public class WebhookService {

	static final int RECENT_DELIVERIES = 50;

	private final WebhookRepository webhooks;

	private final WebhookAddresses addresses;

	private final Clock clock;

	WebhookService(WebhookRepository webhooks, WebhookAddresses addresses, Clock clock) {
		this.webhooks = webhooks;
		this.addresses = addresses;
		this.clock = clock;
	}

	/** A webhook just registered, with its secret: the only time anyone sees it. */
	public record Registered(Webhook webhook, String secret) {
	}

	/**
	 * Registers a URL for every article event.
	 * @throws WebhookRefusedException when the URL may not be called
	 */
	@Transactional
	public Registered register(String url, String description, Long staffId) {
		String checked = this.addresses.check(url).toString();
		String secret = WebhookSignature.newSecret();
		String about = description == null ? "" : description.strip();
		if (about.length() > 200) {
			throw new WebhookRefusedException("Keep the description to 200 characters.");
		}
		long id = this.webhooks.insert(checked, about, secret, staffId, this.clock.instant());
		return new Registered(find(id), secret);
	}

	public List<Webhook> all() {
		return this.webhooks.all();
	}

	public Webhook find(long id) {
		return this.webhooks.find(id).orElseThrow(() -> new WebhookNotFoundException("No webhook " + id));
	}

	/** The latest deliveries to a webhook, newest first. */
	public List<WebhookDelivery> recentDeliveries(long webhookId) {
		return this.webhooks.recent(webhookId, RECENT_DELIVERIES);
	}

	@Transactional
	public void delete(long id) {
		find(id);
		this.webhooks.delete(id);
	}

	/**
	 * Sends what a delivery carried once more, as a new delivery with its own id (the
	 * receiver may have handled the first).
	 */
	@Transactional
	public void resend(long webhookId, long deliveryId) {
		WebhookDelivery delivery = this.webhooks.delivery(deliveryId)
			.filter((d) -> d.webhookId() == webhookId)
			.orElseThrow(() -> new WebhookNotFoundException("No delivery " + deliveryId + " of webhook " + webhookId));
		this.webhooks.requeue(delivery.id(), UUID.randomUUID().toString(), this.clock.instant());
	}

}
