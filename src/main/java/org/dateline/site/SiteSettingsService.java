package org.dateline.site;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the site's settings. Every page needs them, so the current values are
 * held in memory and replaced as a whole when one changes.
 */
@Service
public class SiteSettingsService {

	private static final Logger log = LoggerFactory.getLogger(SiteSettingsService.class);

	private final SiteProperties defaults;

	private final SiteSettingsRepository repository;

	private final AtomicReference<SiteSettings> current = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	SiteSettingsService(SiteProperties defaults, SiteSettingsRepository repository, ApplicationEventPublisher events) {
		this.defaults = defaults;
		this.repository = repository;
		this.events = events;
	}

	public SiteSettings current() {
		SiteSettings settings = this.current.get();
		if (settings == null) {
			settings = load();
			this.current.set(settings);
		}
		return settings;
	}

	/**
	 * The value of a setting that is not part of {@link SiteSettings}, such as a
	 * feature's marker.
	 */
	public String value(String name) {
		return this.repository.findAll().get(name);
	}

	/** The settings whose names start with {@code prefix}, as stored. */
	public Map<String, String> values(String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		this.repository.findAll().forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				values.put(name, value);
			}
		});
		return values;
	}

	/**
	 * Settings changed, here or on another node (whose change arrives as this event): the
	 * next page reads them again.
	 */
	@EventListener
	void changed(SiteSettingsChanged event) {
		this.current.set(null);
	}

	@Transactional
	public void put(String name, String value) {
		this.repository.put(name, value);
		this.current.set(null);
		this.events.publishEvent(new SiteSettingsChanged(name));
	}

	/**
	 * Stores several settings in one transaction, and tells the rest of the site once.
	 */
	@Transactional
	public void putAll(Map<String, String> values) {
		values.forEach(this.repository::put);
		this.current.set(null);
		this.events.publishEvent(new SiteSettingsChanged(String.join(",", values.keySet())));
	}

	/**
	 * Changes the site's identity.
	 * @throws IllegalArgumentException when the form has
	 * {@link SiteSettingsForm#problems()}
	 */
	@Transactional
	public void update(SiteSettingsForm form) {
		if (!form.problems().isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", form.problems().values()));
		}
		putAll(form.values());
	}

	private SiteSettings load() {
		Map<String, String> stored = this.repository.findAll();
		return new SiteSettings(stored.getOrDefault("name", this.defaults.name()),
				stored.getOrDefault("description", this.defaults.description()),
				stripTrailingSlash(stored.getOrDefault("base_url", this.defaults.baseUrl())),
				stored.getOrDefault("language", this.defaults.language()),
				zone(stored.getOrDefault("time_zone", this.defaults.timeZone())), SiteLogo.parse(stored.get("logo")));
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			log.warn("Unknown time zone '{}' in the site settings; using UTC", id);
			return ZoneId.of("UTC");
		}
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
