package org.dateline.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Times are stored as UTC epoch milliseconds in {@code BIGINT}/{@code INTEGER} columns
 * named {@code *_at}: the same SQL, comparisons and indexes work on SQLite and PostgreSQL
 * without either driver's date handling in the way.
 */
public final class Sql {

	private Sql() {
	}

	public static Long millis(Instant instant) {
		return instant == null ? null : instant.toEpochMilli();
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Instant.ofEpochMilli(value);
	}

	/**
	 * Escapes {@code %}, {@code _} and the escape character for a
	 * {@code LIKE ... ESCAPE '\'} pattern.
	 */
	public static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
