package org.dateline.feed;

import java.util.concurrent.atomic.AtomicReference;

import org.dateline.site.SiteSettingsChanged;
import org.dateline.site.SiteSettingsService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The feed settings in force: whether entries carry the whole story or only its excerpt,
 * {@code dateline.feed.full-content} from start-up unless an admin chose otherwise in the
 * newsroom's Settings (kept in the site settings, so every node follows). Read for every
 * feed, so held in memory and read again when the settings change; the page cache is
 * emptied on such a change, so cached feeds follow at once.
 */
@Service
public class FeedSettings {

	static final String FULL_CONTENT = "feed.full_content";

	private final FeedProperties defaults;

	private final SiteSettingsService settings;

	private final AtomicReference<Boolean> fullContent = new AtomicReference<>();

	FeedSettings(FeedProperties defaults, SiteSettingsService settings) {
		this.defaults = defaults;
		this.settings = settings;
	}

	/**
	 * Whether entries carry the whole story; if not, the dek or the start of the text.
	 */
	public boolean fullContent() {
		Boolean full = this.fullContent.get();
		if (full == null) {
			String stored = this.settings.value(FULL_CONTENT);
			full = (stored == null || stored.isBlank()) ? this.defaults.fullContent() : Boolean.parseBoolean(stored);
			this.fullContent.set(full);
		}
		return full;
	}

	/** Puts the whole story, or only the excerpt, in every feed from now on. */
	public void fullContent(boolean full) {
		this.settings.put(FULL_CONTENT, Boolean.toString(full));
	}

	@EventListener
	void settingsChanged(SiteSettingsChanged event) {
		this.fullContent.set(null);
	}

}
