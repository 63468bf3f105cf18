package org.dateline.api;

import java.time.Instant;

import org.dateline.web.Dates;
import org.dateline.web.Pages;

import org.springframework.stereotype.Component;

/**
 * Absolute URLs and times as the API writes them: links on the configured base URL (or
 * the one the request came in on), times in ISO 8601 with the newsroom's offset.
 */
@Component
class ApiLinks {

	static final String BASE = "/api/v1";

	private final Pages pages;

	ApiLinks(Pages pages) {
		this.pages = pages;
	}

	String site(String path) {
		return this.pages.absolute(path);
	}

	String api(String path) {
		return this.pages.absolute(BASE + path);
	}

	String time(Instant instant) {
		return instant == null ? null : Dates.iso(instant, this.pages.site().zone());
	}

	String language() {
		return this.pages.site().language();
	}

	String siteName() {
		return this.pages.site().name();
	}

	static String orNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
