package org.dateline.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Load shedding ({@code dateline.load-shedding.*}): how many reader pages may render at
 * once, and what a reader beyond that gets (see {@link LoadShedding}).
 *
 * @param enabled whether to shed load at all
 * @param maxConcurrent reader pages rendered at once; more only queue for the same CPU
 * and database connections
 * @param maxWait how long a request may wait for its turn before it is answered 503
 * @param retryAfter the {@code Retry-After} of that answer
 */
@ConfigurationProperties("dateline.load-shedding")
public record LoadSheddingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("16") int maxConcurrent,
		@DefaultValue("500ms") Duration maxWait, @DefaultValue("5s") Duration retryAfter) {
}
