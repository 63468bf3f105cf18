package org.dateline.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies a whole site from one database to another (SQLite to PostgreSQL or back), then
 * proves the copy: the same number of rows and the same SHA-256 over every value of every
 * table, in key order. The target's schema (made by the same Flyway migrations as the
 * source's) says what to copy and how to convert: booleans stored as 0/1 in SQLite become
 * PostgreSQL booleans and back, generated columns and full-text index tables are left to
 * the target to build. The source is read in one transaction (a consistent snapshot, even
 * while the site serves); the target is written in one, so it has the whole site or
 * nothing.
 */
public final class SiteCopy {

	private static final int BATCH = 500;

	private SiteCopy() {
	}

	/** One table's figures: rows and checksum on each side. */
	public record TableReport(String table, long sourceRows, long targetRows, String sourceChecksum,
			String targetChecksum) {

		public boolean matches() {
			return this.sourceRows == this.targetRows && this.sourceChecksum.equals(this.targetChecksum);
		}

	}

	/**
	 * Copies every table, commits, and compares checksums.
	 * @param source the site's database, migrated to the same version as the target
	 * @param target a migrated database whose tables hold nothing but what migrations put
	 * there (it is emptied first)
	 * @param progress told of each table as it is copied
	 * @return one line per table
	 */
	public static List<TableReport> copy(Connection source, Connection target, Consumer<String> progress)
			throws SQLException {
		source.setAutoCommit(false);
		source.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
		try {
			List<Table> tables = copyTables(source, target, progress);
			List<TableReport> reports = new ArrayList<>();
			for (Table table : tables) {
				Checksum from = checksum(source, table);
				Checksum to = checksum(target, table);
				reports.add(new TableReport(table.name(), from.rows(), to.rows(), from.sha256(), to.sha256()));
			}
			source.commit();
			target.commit();
			return reports;
		}
		catch (SQLException | RuntimeException ex) {
			target.rollback();
			source.rollback();
			throw ex;
		}
	}

	/**
	 * Empties the target's tables, copies every table from the source and commits the
	 * target. The source is read in whatever transaction the caller began on it (a
	 * snapshot), which stays open.
	 * @return the tables copied
	 */
	static List<Table> copyTables(Connection source, Connection target, Consumer<String> progress) throws SQLException {
		List<Table> tables = tables(target);
		target.setAutoCommit(false);
		try {
			try (Statement statement = target.createStatement()) {
				for (Table table : tables.reversed()) {
					statement.executeUpdate("DELETE FROM " + table.name());
				}
			}
			for (Table table : tables) {
				long rows = copy(table, source, target);
				progress.accept(table.name() + ": " + rows + " rows");
			}
			resetIdentities(target, tables);
			target.commit();
			return tables;
		}
		catch (SQLException | RuntimeException ex) {
			target.rollback();
			throw ex;
		}
	}

	private static long copy(Table table, Connection source, Connection target) throws SQLException {
		String columns = String.join(", ", table.columns().keySet());
		String marks = String.join(", ", table.columns().keySet().stream().map((c) -> "?").toList());
		long rows = 0;
		try (Statement select = source.createStatement();
				ResultSet rs = select.executeQuery("SELECT " + columns + " FROM " + table.name() + table.orderBy());
				PreparedStatement insert = target
					.prepareStatement("INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")")) {
			List<Integer> types = List.copyOf(table.columns().values());
			while (rs.next()) {
				for (int i = 0; i < types.size(); i++) {
					bind(insert, i + 1, types.get(i), rs.getObject(i + 1));
				}
				insert.addBatch();
				if (++rows % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		return rows;
	}

	/** A value as the target's column type wants it. */
	private static void bind(PreparedStatement insert, int index, int type, Object value) throws SQLException {
		if (value == null) {
			insert.setNull(index, type);
			return;
		}
		if (value instanceof byte[] bytes) {
			// whatever the column claims: sqlite-jdbc reports a BLOB column as VARCHAR,
			// and a string would store the array's toString()
			insert.setBytes(index, bytes);
			return;
		}
		switch (type) {
			case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, (value instanceof Boolean b) ? b
					: (value instanceof Number n) ? n.longValue() != 0 : Boolean.parseBoolean(value.toString()));
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
				insert.setLong(index, (value instanceof Boolean b) ? (b ? 1 : 0) : ((Number) value).longValue());
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
				insert.setBytes(index, (byte[]) value);
			case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL ->
				insert.setDouble(index, ((Number) value).doubleValue());
			default -> insert.setString(index, value.toString());
		}
	}

	/**
	 * After explicit ids were written, PostgreSQL's identity sequences start after the
	 * highest (SQLite keeps its own counter up to date).
	 */
	private static void resetIdentities(Connection target, List<Table> tables) throws SQLException {
		if (!"PostgreSQL".equals(target.getMetaData().getDatabaseProductName())) {
			return;
		}
		for (Table table : tables) {
			for (String column : table.columns().keySet()) {
				try (PreparedStatement find = target.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
					find.setString(1, table.name());
					find.setString(2, column);
					try (ResultSet rs = find.executeQuery()) {
						if (rs.next() && rs.getString(1) != null) {
							try (Statement reset = target.createStatement()) {
								reset.execute("SELECT setval('" + rs.getString(1) + "', COALESCE((SELECT max(" + column
										+ ") FROM " + table.name() + "), 0) + 1, false)");
							}
						}
					}
				}
			}
		}
	}

	private record Checksum(long rows, String sha256) {
	}

	/**
	 * Every value of the table in key order, written the same way whichever database it
	 * comes from (a boolean as 1 or 0, a whole number without decimals, bytes in base64).
	 */
	private static Checksum checksum(Connection connection, Table table) throws SQLException {
		MessageDigest digest = sha256();
		long rows = 0;
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT " + String.join(", ", table.columns().keySet()) + " FROM "
						+ table.name() + table.orderBy())) {
			int count = table.columns().size();
			while (rs.next()) {
				rows++;
				for (int i = 1; i <= count; i++) {
					digest.update(canonical(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0x1F);
				}
				digest.update((byte) 0x1E);
			}
		}
		return new Checksum(rows, HexFormat.of().formatHex(digest.digest()));
	}

	static String canonical(Object value) {
		return switch (value) {
			case null -> "\u2205";
			case Boolean b -> b ? "1" : "0";
			case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
			case Float f -> Double.toString(f);
			case Double d -> (d == Math.rint(d) && !d.isInfinite()) ? Long.toString(d.longValue()) : Double.toString(d);
			case BigDecimal b -> b.stripTrailingZeros().toPlainString();
			case Number n -> Long.toString(n.longValue());
			default -> value.toString();
		};
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A table to copy: its columns (without generated ones) with the target's types, its
	 * key for a stable order, and the tables it refers to.
	 */
	record Table(String name, Map<String, Integer> columns, List<String> key, Set<String> refersTo) {

		String orderBy() {
			return this.key.isEmpty() ? "" : " ORDER BY " + String.join(", ", this.key);
		}

	}

	/**
	 * The target's tables, those referred to before those that refer to them. Left out:
	 * Flyway's history (each database keeps its own), SQLite's internal tables and the
	 * full-text index, which the target builds from {@code search_document} itself.
	 */
	static List<Table> tables(Connection target) throws SQLException {
		DatabaseMetaData meta = target.getMetaData();
		String schema = "PostgreSQL".equals(meta.getDatabaseProductName()) ? "public" : null;
		Map<String, Table> tables = new LinkedHashMap<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (name.equals("flyway_schema_history") || name.startsWith("sqlite_")
						|| name.startsWith("search_index")) {
					continue;
				}
				tables.put(name, table(meta, schema, rs.getString("TABLE_NAME")));
			}
		}
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < tables.size()) {
			boolean progress = false;
			for (Table table : tables.values()) {
				if (!placed.contains(table.name()) && table.refersTo()
					.stream()
					.allMatch((other) -> other.equals(table.name()) || placed.contains(other)
							|| !tables.containsKey(other))) {
					ordered.add(table);
					placed.add(table.name());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("The tables refer to each other in a circle: " + tables.keySet());
			}
		}
		return ordered;
	}

	private static Table table(DatabaseMetaData meta, String schema, String name) throws SQLException {
		Map<String, Integer> columns = new LinkedHashMap<>();
		try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
			while (rs.next()) {
				if (!"YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
					columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
				}
			}
		}
		Map<Integer, String> key = new java.util.TreeMap<>();
		try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
			while (rs.next()) {
				key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		List<String> order = key.isEmpty() ? List.copyOf(columns.keySet()) : List.copyOf(key.values());
		Set<String> refersTo = new LinkedHashSet<>();
		try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
			while (rs.next()) {
				refersTo.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return new Table(name.toLowerCase(Locale.ROOT), columns, order, refersTo);
	}

}
