package org.dateline.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times appear on pages: machine-readable in {@code datetime}, newsroom style for
 * people.
 */
public final class Dates {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	/**
	 * ISO 8601 with the site's offset, as {@code <time datetime>} and structured data
	 * want it.
	 */
	public static String iso(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
	}

	public static String display(Instant instant, ZoneId zone) {
		return DISPLAY.format(instant.atZone(zone));
	}

	public static String day(Instant instant, ZoneId zone) {
		return DAY.format(instant.atZone(zone));
	}

}
