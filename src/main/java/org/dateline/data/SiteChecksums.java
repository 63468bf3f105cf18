package org.dateline.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The row count and a SHA-256 of every value of each table of a site, the same whichever
 * database holds it: a backup's manifest records them, and a restore proves its copy by
 * them. Unlike {@link SiteCopy}'s own check (both sides read through one table list in
 * one run), these are written down and compared later, perhaps on the other database, so
 * nothing may depend on the database: columns are taken in the order of their names, and
 * rows in the byte order of their key ({@code COLLATE "C"} on PostgreSQL, whose default
 * collation follows the server's locale; SQLite compares text by its bytes already).
 */
public final class SiteChecksums {

	private SiteChecksums() {
	}

	/**
	 * One table's figures.
	 *
	 * @param table the table's name
	 * @param columns the columns summed, in this order (generated ones are left out)
	 * @param key the columns rows are taken in order of
	 * @param rows how many rows it has
	 * @param sha256 hex SHA-256 over every value of every row
	 */
	public record TableSum(String table, List<String> columns, List<String> key, long rows, String sha256) {

		/** What differs from another sum of the same table, or null when nothing does. */
		String difference(TableSum other) {
			if (this.rows != other.rows) {
				return "table " + this.table + " has " + other.rows + " rows where " + this.rows + " were expected";
			}
			if (!this.sha256.equals(other.sha256)) {
				return "table " + this.table + " has " + other.rows + " rows as expected, but different content";
			}
			return null;
		}

	}

	/** Every table of the site in this database, as {@link SiteCopy} copies them. */
	public static List<TableSum> of(Connection db) throws SQLException {
		List<TableSum> sums = new ArrayList<>();
		for (SiteCopy.Table table : SiteCopy.tables(db)) {
			List<String> columns = table.columns().keySet().stream().sorted().toList();
			sums.add(sum(db, table, columns, table.key()));
		}
		return sums;
	}

	/**
	 * The same tables, over the same columns, in this database; the descriptions of the
	 * differences, empty when every table matches.
	 */
	public static List<String> compare(Connection db, List<TableSum> expected) throws SQLException {
		Map<String, SiteCopy.Table> here = SiteCopy.tables(db)
			.stream()
			.collect(Collectors.toMap(SiteCopy.Table::name, Function.identity()));
		List<String> differences = new ArrayList<>();
		for (TableSum want : expected) {
			SiteCopy.Table table = here.get(want.table());
			if (table == null) {
				differences.add("table " + want.table() + " is missing");
				continue;
			}
			String difference = want.difference(sum(db, table, want.columns(), want.key()));
			if (difference != null) {
				differences.add(difference);
			}
		}
		Set<String> named = expected.stream().map(TableSum::table).collect(Collectors.toSet());
		here.keySet()
			.stream()
			.filter((name) -> !named.contains(name))
			.sorted()
			.forEach((name) -> differences.add("table " + name + " is not in the backup"));
		return differences;
	}

	private static TableSum sum(Connection db, SiteCopy.Table table, List<String> columns, List<String> key)
			throws SQLException {
		boolean postgres = "PostgreSQL".equals(db.getMetaData().getDatabaseProductName());
		List<String> order = new ArrayList<>();
		for (String column : key) {
			Integer type = table.columns().get(column);
			boolean text = type != null && (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
					|| type == Types.NVARCHAR || type == Types.CLOB);
			order.add(column + ((postgres && text) ? " COLLATE \"C\"" : "") + " NULLS FIRST");
		}
		MessageDigest digest = SiteCopy.sha256();
		long rows = 0;
		try (Statement select = db.createStatement();
				ResultSet rs = select.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table.name()
						+ (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order)))) {
			while (rs.next()) {
				rows++;
				for (int i = 1; i <= columns.size(); i++) {
					digest.update(SiteCopy.canonical(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0x1F);
				}
				digest.update((byte) 0x1E);
			}
		}
		return new TableSum(table.name(), columns, key, rows, HexFormat.of().formatHex(digest.digest()));
	}

}
