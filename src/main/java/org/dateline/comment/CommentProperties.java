package org.dateline.comment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The comment rules ({@code dateline.comment.*}). Lists are comma-separated in
 * properties.
 *
 * @param maxDepth how deep replies nest on the page
 * @param maxLength the longest comment, in characters (Unicode code points, so an emoji
 * counts as one)
 * @param closeAfterDays comments close this many days after publication (0 never)
 * @param holdUntilApproved hold an address's comments until this many of its comments
 * were approved
 * @param maxLinks hold comments with more links than this
 * @param flagThreshold a comment reported by this many readers goes back to the
 * moderation queue
 * @param learnedMinimum decisions of each kind (approved, spam) the learned filter needs
 * before it acts
 * @param learnedHoldAbove the learned filter holds comments at least this likely to be
 * spam
 * @param moderationWords hold comments containing any of these
 * @param blockWords reject comments containing any of these
 * @param blockIps reject comments from these IPs (a trailing dot or colon blocks a
 * prefix)
 * @param blockEmails reject comments from these addresses
 * @param blockDomains reject comments from addresses at, or linking to, these domains
 */
@ConfigurationProperties("dateline.comment")
public record CommentProperties(@DefaultValue("5") int maxDepth, @DefaultValue("5000") int maxLength,
		@DefaultValue("100") int maxName, @DefaultValue("30") int closeAfterDays,
		@DefaultValue("1") int holdUntilApproved, @DefaultValue("2") int maxLinks, @DefaultValue("3") int flagThreshold,
		@DefaultValue("200") int learnedMinimum, @DefaultValue("0.9") double learnedHoldAbove,
		@DefaultValue List<String> moderationWords, @DefaultValue List<String> blockWords,
		@DefaultValue List<String> blockIps, @DefaultValue List<String> blockEmails,
		@DefaultValue List<String> blockDomains, @DefaultValue Flood flood, @DefaultValue Timing timing,
		@DefaultValue Notifications notifications) {

	/** Flood control per node; switch off only for load tests from one address. */
	public record Flood(@DefaultValue("true") boolean enabled, @DefaultValue("5") int perIpPerMinute,
			@DefaultValue("3") int perEmailPerMinute) {
	}

	/**
	 * The signed form token: sooner than {@code minimum} is a bot, older than
	 * {@code maximum} is held.
	 */
	public record Timing(@DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration minimum,
			@DefaultValue("3d") Duration maximum) {
	}

	/**
	 * Mail to moderators when the queue grows, at most once per {@code moderatorsEvery}.
	 */
	public record Notifications(@DefaultValue("true") boolean moderators,
			@DefaultValue("15m") Duration moderatorsEvery) {
	}

}
