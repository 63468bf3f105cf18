package org.dateline.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code dateline.webhook.*}).
 *
 * @param allowPrivateAddresses deliver to loopback, private and link-local addresses too;
 * off by default so a webhook cannot be aimed at the server's own network (SSRF). Turn on
 * only for a receiver on the same machine or network, such as in tests
 * @param maxAttempts how many times a delivery is tried before it is given up
 * @param firstRetry the pause after the first failure; each further failure doubles it
 * @param maxRetry the longest pause between two attempts
 * @param connectTimeout how long to wait for the receiver to accept the connection
 * @param readTimeout how long to wait for its answer
 */
@ConfigurationProperties("dateline.webhook")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetry, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout) {

	/**
	 * The pause before the next attempt after {@code failures} failed ones: 30 s, 1 min,
	 * 2 min... up to {@link #maxRetry}.
	 */
	public Duration pauseAfter(int failures) {
		Duration pause = this.firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
		return pause.compareTo(this.maxRetry) > 0 ? this.maxRetry : pause;
	}

}
