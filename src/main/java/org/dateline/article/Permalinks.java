package org.dateline.article;

import java.time.Instant;
import java.time.LocalDate;

import org.dateline.site.SiteSettingsService;

import org.springframework.stereotype.Component;

/**
 * Article URLs: {@code /{section}/{yyyy}/{mm}/{dd}/{slug}}, dated in the newsroom's time
 * zone as readers saw the story appear. An article without a publication time yet has no
 * date in its path.
 */
@Component
class Permalinks {

	private final SiteSettingsService settings;

	Permalinks(SiteSettingsService settings) {
		this.settings = settings;
	}

	String path(String sectionSlug, Instant publishedAt, String slug) {
		if (publishedAt == null) {
			return "/" + sectionSlug + "/draft/" + slug;
		}
		LocalDate day = publishedAt.atZone(this.settings.current().zone()).toLocalDate();
		return "/%s/%04d/%02d/%02d/%s".formatted(sectionSlug, day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
				slug);
	}

}
