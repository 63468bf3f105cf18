package org.dateline.site;

import java.time.ZoneId;

/**
 * The site's settings as they are now: the defaults from {@link SiteProperties} with the
 * newsroom's changes applied.
 */
public record SiteSettings(String name, String description, String baseUrl, String language, ZoneId zone,
		SiteLogo.Logo logo) {

	public boolean hasBaseUrl() {
		return !this.baseUrl.isBlank();
	}

}
