package org.dateline.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The feeds ({@code dateline.feed.*}).
 *
 * @param fullContent whether entries carry the whole story, or only the dek (or the start
 * of the text) with a link to the site
 * @param entries how many of the latest stories (or comments) a feed lists
 */
@ConfigurationProperties("dateline.feed")
record FeedProperties(@DefaultValue("true") boolean fullContent, @DefaultValue("20") int entries) {
}
