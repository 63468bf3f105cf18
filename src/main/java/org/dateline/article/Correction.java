package org.dateline.article;

import java.time.Instant;

/**
 * A correction or an update appended to a published article, with the time it was made.
 */
public record Correction(long id, Kind kind, String text, Instant publishedAt) {

	public enum Kind {

		CORRECTION("Correction"), UPDATE("Update");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
