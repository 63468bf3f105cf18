package org.dateline.comment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.dateline.site.SiteSettingsChanged;
import org.dateline.site.SiteSettingsService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The comment rules in force: {@code dateline.comment.*} from start-up, with what editors
 * changed in the newsroom on top (kept in the site settings). Checked on every comment,
 * so held in memory and reloaded when the settings change.
 */
@Service
public class CommentRulesService {

	static final String PREFIX = "comment.";

	private final CommentProperties properties;

	private final SiteSettingsService settings;

	private final AtomicReference<CommentRules> current = new AtomicReference<>();

	CommentRulesService(CommentProperties properties, SiteSettingsService settings) {
		this.properties = properties;
		this.settings = settings;
	}

	public CommentRules current() {
		CommentRules rules = this.current.get();
		if (rules == null) {
			rules = load();
			this.current.set(rules);
		}
		return rules;
	}

	/**
	 * Puts new rules in force for every comment from now on.
	 * @throws IllegalArgumentException when the rules have
	 * {@link CommentRules#problems()}
	 */
	public void update(CommentRules rules) {
		if (!rules.problems().isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", rules.problems().values()));
		}
		this.settings.putAll(rules.settings());
	}

	@EventListener
	void settingsChanged(SiteSettingsChanged event) {
		this.current.set(null);
	}

	private CommentRules load() {
		CommentRules defaults = CommentRules.of(this.properties);
		Map<String, String> stored = this.settings.values(PREFIX);
		if (stored.isEmpty()) {
			return defaults;
		}
		return new CommentRules(number(stored, "close_after_days", defaults.closeAfterDays()),
				number(stored, "hold_until_approved", defaults.holdUntilApproved()),
				number(stored, "max_links", defaults.maxLinks()),
				number(stored, "flag_threshold", defaults.flagThreshold()),
				list(stored, "moderation_words", defaults.moderationWords()),
				list(stored, "block_words", defaults.blockWords()), list(stored, "block_ips", defaults.blockIps()),
				list(stored, "block_emails", defaults.blockEmails()),
				list(stored, "block_domains", defaults.blockDomains()));
	}

	private static int number(Map<String, String> stored, String name, int otherwise) {
		String value = stored.get(PREFIX + name);
		try {
			return value == null ? otherwise : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static List<String> list(Map<String, String> stored, String name, List<String> otherwise) {
		String value = stored.get(PREFIX + name);
		return value == null ? otherwise : CommentRules.entries(value);
	}

}
