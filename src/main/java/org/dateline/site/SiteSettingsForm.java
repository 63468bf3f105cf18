package org.dateline.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The site's identity as an admin edits it, and what is wrong with it. Values are as
 * typed; {@link #problems()} names each field that cannot be used, with a sentence for
 * the form.
 */
public record SiteSettingsForm(String name, String description, String baseUrl, String language, String timeZone) {

	public SiteSettingsForm {
		name = strip(name);
		description = strip(description);
		baseUrl = strip(baseUrl);
		language = strip(language);
		timeZone = strip(timeZone);
	}

	public static SiteSettingsForm of(SiteSettings settings) {
		return new SiteSettingsForm(settings.name(), settings.description(), settings.baseUrl(), settings.language(),
				settings.zone().getId());
	}

	/** Field name to message; empty when every value can be used. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name.isEmpty() || this.name.length() > 100) {
			problems.put("name", "The site needs a name of 1 to 100 characters.");
		}
		if (this.description.length() > 300) {
			problems.put("description", "Keep the description under 300 characters: search engines cut it there.");
		}
		if (!this.baseUrl.isEmpty() && !isSiteAddress(this.baseUrl)) {
			problems.put("baseUrl", "The address should look like https://news.example.com, with no page or query.");
		}
		if (!isLanguage(this.language)) {
			problems.put("language", "The language should be a code such as en, fr or pt-BR.");
		}
		try {
			ZoneId.of(this.timeZone);
		}
		catch (DateTimeException ex) {
			problems.put("timeZone", "Choose a time zone from the list, such as Europe/Lisbon.");
		}
		return problems;
	}

	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("description", this.description);
		values.put("base_url",
				this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl);
		values.put("language", Locale.forLanguageTag(this.language).toLanguageTag());
		values.put("time_zone", this.timeZone);
		return values;
	}

	private static boolean isSiteAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
					&& (uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isLanguage(String value) {
		try {
			return !value.isEmpty() && !new Locale.Builder().setLanguageTag(value).build().getLanguage().isEmpty();
		}
		catch (IllformedLocaleException ex) {
			return false;
		}
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
