package org.dateline.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dateline.comment.CommentRules;

/**
 * The comment rules form as sent: numbers as typed, lists one entry per line. Kept as
 * text so a mistake comes back exactly as it was typed.
 */
public record RulesForm(String closeAfterDays, String holdUntilApproved, String maxLinks, String flagThreshold,
		String moderationWords, String blockWords, String blockIps, String blockEmails, String blockDomains) {

	static RulesForm of(CommentRules rules) {
		return new RulesForm(Integer.toString(rules.closeAfterDays()), Integer.toString(rules.holdUntilApproved()),
				Integer.toString(rules.maxLinks()), Integer.toString(rules.flagThreshold()),
				CommentRules.lines(rules.moderationWords()), CommentRules.lines(rules.blockWords()),
				CommentRules.lines(rules.blockIps()), CommentRules.lines(rules.blockEmails()),
				CommentRules.lines(rules.blockDomains()));
	}

	/** Fields that are not whole numbers. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		Map<String, String> numbers = Map.of("closeAfterDays", text(this.closeAfterDays), "holdUntilApproved",
				text(this.holdUntilApproved), "maxLinks", text(this.maxLinks), "flagThreshold",
				text(this.flagThreshold));
		numbers.forEach((field, value) -> {
			if (!value.matches("\\d{1,6}")) {
				problems.put(field, "A whole number, please (not \"" + value + "\").");
			}
		});
		return problems;
	}

	CommentRules rules() {
		return new CommentRules(Integer.parseInt(text(this.closeAfterDays)),
				Integer.parseInt(text(this.holdUntilApproved)), Integer.parseInt(text(this.maxLinks)),
				Integer.parseInt(text(this.flagThreshold)), CommentRules.entries(this.moderationWords),
				CommentRules.entries(this.blockWords), CommentRules.entries(this.blockIps),
				CommentRules.entries(this.blockEmails), CommentRules.entries(this.blockDomains));
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
