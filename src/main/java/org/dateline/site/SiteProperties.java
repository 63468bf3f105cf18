package org.dateline.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up defaults for the site ({@code dateline.site.*}); editors override them at
 * runtime and the overrides live in the {@code site_setting} table (see
 * {@link SiteSettingsService}).
 *
 * @param name the publication's name, shown in the masthead and given to Google News
 * @param description one sentence about the publication
 * @param baseUrl absolute URL the site is reached at, for canonical links; blank means
 * "as the request came in"
 * @param language BCP 47 language of the content
 * @param timeZone the newsroom's time zone: dates in URLs and on pages are in it
 */
@ConfigurationProperties("dateline.site")
public record SiteProperties(@DefaultValue("Dateline News") String name,
		@DefaultValue("Independent reporting from around the world.") String description,
		@DefaultValue("") String baseUrl, @DefaultValue("en") String language, @DefaultValue("UTC") String timeZone) {
}
