package org.dateline.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WebSub ({@code dateline.websub.*}): the hubs feeds name, and how hard to try telling
 * them about changes.
 *
 * @param hubs hub URLs, comma-separated in properties; none by default
 * @param attempts how many times each ping is tried before it is given up (and logged)
 * @param firstRetry the wait before the second attempt; each later wait doubles it
 */
@ConfigurationProperties("dateline.websub")
record WebSubProperties(@DefaultValue List<String> hubs, @DefaultValue("5") int attempts,
		@DefaultValue("30s") Duration firstRetry) {

	WebSubProperties {
		hubs = hubs.stream().map(String::strip).filter((hub) -> !hub.isEmpty()).toList();
	}

}
