package org.dateline.comment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment rules editors change from the newsroom while the site runs; the rest of
 * {@link CommentProperties} is set at start-up. See {@link CommentProperties} for what
 * each means.
 */
public record CommentRules(int closeAfterDays, int holdUntilApproved, int maxLinks, int flagThreshold,
		List<String> moderationWords, List<String> blockWords, List<String> blockIps, List<String> blockEmails,
		List<String> blockDomains) {

	public CommentRules {
		moderationWords = clean(moderationWords);
		blockWords = clean(blockWords);
		blockIps = clean(blockIps);
		blockEmails = clean(blockEmails);
		blockDomains = clean(blockDomains);
	}

	static CommentRules of(CommentProperties properties) {
		return new CommentRules(properties.closeAfterDays(), properties.holdUntilApproved(), properties.maxLinks(),
				properties.flagThreshold(), properties.moderationWords(), properties.blockWords(),
				properties.blockIps(), properties.blockEmails(), properties.blockDomains());
	}

	/** A list as the newsroom's form shows it: one entry per line. */
	public static String lines(List<String> entries) {
		return String.join("\n", entries);
	}

	/** A list as the newsroom's form sends it: one entry per line or comma-separated. */
	public static List<String> entries(String text) {
		return text == null ? List.of() : clean(Arrays.asList(text.split("[\\n,]")));
	}

	/** The rules as stored in the site settings. */
	Map<String, String> settings() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(CommentRulesService.PREFIX + "close_after_days", Integer.toString(this.closeAfterDays));
		values.put(CommentRulesService.PREFIX + "hold_until_approved", Integer.toString(this.holdUntilApproved));
		values.put(CommentRulesService.PREFIX + "max_links", Integer.toString(this.maxLinks));
		values.put(CommentRulesService.PREFIX + "flag_threshold", Integer.toString(this.flagThreshold));
		values.put(CommentRulesService.PREFIX + "moderation_words", String.join("\n", this.moderationWords));
		values.put(CommentRulesService.PREFIX + "block_words", String.join("\n", this.blockWords));
		values.put(CommentRulesService.PREFIX + "block_ips", String.join("\n", this.blockIps));
		values.put(CommentRulesService.PREFIX + "block_emails", String.join("\n", this.blockEmails));
		values.put(CommentRulesService.PREFIX + "block_domains", String.join("\n", this.blockDomains));
		return values;
	}

	/** Field name to message; empty when the rules can be used. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.closeAfterDays < 0 || this.closeAfterDays > 3650) {
			problems.put("closeAfterDays", "Close comments after 0 (never) to 3650 days.");
		}
		if (this.holdUntilApproved < 0 || this.holdUntilApproved > 100) {
			problems.put("holdUntilApproved", "Hold new commenters for 0 to 100 approved comments.");
		}
		if (this.maxLinks < 0 || this.maxLinks > 100) {
			problems.put("maxLinks", "Allow 0 to 100 links before holding a comment.");
		}
		if (this.flagThreshold < 1 || this.flagThreshold > 1000) {
			problems.put("flagThreshold", "Pull a comment after 1 to 1000 readers' reports.");
		}
		for (String ip : this.blockIps) {
			if (!ip.matches("[0-9A-Fa-f.:]+")) {
				problems.put("blockIps", "\"" + ip + "\" is not an IP address or prefix (such as 203.0.113.).");
				break;
			}
		}
		for (String email : this.blockEmails) {
			if (!email.matches("[^@\\s]+@[^@\\s]+")) {
				problems.put("blockEmails", "\"" + email + "\" is not an email address.");
				break;
			}
		}
		return problems;
	}

	private static List<String> clean(List<String> entries) {
		return entries == null ? List.of()
				: entries.stream().map(String::strip).filter((entry) -> !entry.isEmpty()).distinct().toList();
	}

}
