package org.dateline.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

/**
 * Takes a backup of a site while it serves: first a snapshot of the database, then the
 * media files, then the {@link BackupManifest} that proves them. See {@link SiteRestore}
 * for the way back.
 * <p>
 * The snapshot is one read transaction, so it holds every write committed before it began
 * and none half-way: on SQLite {@code VACUUM INTO}, which writers do not wait for in WAL
 * mode; on PostgreSQL every table read in one {@code REPEATABLE READ} read-only
 * transaction into a SQLite file, so a backup is the same kind of directory whichever
 * database it came from, and restores into either. Files are copied after the snapshot:
 * photos and logos are written to disk before the rows that name them and never change
 * afterwards, so every file the snapshot names is there to copy. Files a later upload
 * added come along harmlessly (a file without a row is never shown); files the site makes
 * again on request (a photo's resized variants) are left out, so none can disagree with
 * the details in the snapshot.
 */
public final class SiteBackup {

	/** The data directory's folders whose files are backed up. */
	static final List<String> FOLDERS = List.of(DataDirectory.MEDIA_DIRECTORY, "site");

	private SiteBackup() {
	}

	/**
	 * @param data the site's data directory (its media, and its database on SQLite)
	 * @param database the site's PostgreSQL database, or null for SQLite in {@code data}
	 * @param backup where to write: missing or empty
	 * @param remade files (relative to {@code data}) the site makes again on request,
	 * left out
	 * @param progress told of each step
	 * @throws DataDirectoryException when the source or the target cannot be used
	 */
	public static BackupManifest take(Path data, DatabaseUrl database, Path backup, Predicate<Path> remade,
			Consumer<String> progress, Clock clock) throws SQLException, IOException {
		requireEmpty(backup);
		Path sqlite = data.resolve(DataDirectory.DATABASE_FILE);
		if (database == null && !Files.isRegularFile(sqlite)) {
			throw new DataDirectoryException("There is no database at " + sqlite + "; nothing to back up.");
		}
		Files.createDirectories(backup);
		Path file = backup.resolve(DataDirectory.DATABASE_FILE);
		java.time.Instant takenAt = clock.instant();
		String version;
		if (database == null) {
			progress.accept("Snapshot of " + sqlite);
			version = snapshotSqlite(sqlite, file);
		}
		else {
			progress.accept("Snapshot of " + database);
			version = snapshotPostgres(database, file, progress);
		}
		List<SiteChecksums.TableSum> tables;
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			String integrity = single(db, "PRAGMA integrity_check");
			if (!"ok".equals(integrity)) {
				throw new SQLException("The snapshot fails SQLite's integrity check: " + integrity);
			}
			tables = SiteChecksums.of(db);
		}
		BackupManifest.FileSum databaseSum = BackupManifest.sum(file, DataDirectory.DATABASE_FILE);
		progress.accept("Copying media");
		List<BackupManifest.FileSum> files = copyFiles(data, backup, remade);
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, takenAt,
				(database == null) ? "sqlite" : "postgresql", version, databaseSum, tables, files);
		// last: a directory with a manifest is a whole backup
		manifest.write(backup);
		BackupManifest.forceDirectory(backup);
		return manifest;
	}

	private static void requireEmpty(Path backup) throws IOException {
		if (Files.exists(backup) && !Files.isDirectory(backup)) {
			throw new DataDirectoryException("The backup target " + backup + " is a file; name a new directory.");
		}
		if (Files.isDirectory(backup)) {
			try (Stream<Path> entries = Files.list(backup)) {
				if (entries.findAny().isPresent()) {
					throw new DataDirectoryException("The backup directory " + backup
							+ " is not empty; name a new one (a backup never overwrites another).");
				}
			}
		}
	}

	/**
	 * {@code VACUUM INTO}: a consistent, compact copy made in one read transaction, then
	 * switched to a rollback journal (reading it later creates no files beside it) and
	 * forced to disk.
	 */
	private static String snapshotSqlite(Path sqlite, Path file) throws SQLException, IOException {
		String version;
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
				Statement statement = db.createStatement()) {
			statement.execute("PRAGMA busy_timeout = 10000");
			version = schemaVersion(db);
			statement.execute("VACUUM INTO '" + file.toString().replace("'", "''") + "'");
		}
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement statement = db.createStatement()) {
			statement.execute("PRAGMA journal_mode = DELETE");
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		return version;
	}

	/**
	 * Every table read in one {@code REPEATABLE READ} read-only transaction (one
	 * snapshot, which never waits for writers nor makes them wait) into a SQLite file
	 * migrated to the same version, then proved: the file's checksums are computed again
	 * in the snapshot, before it ends.
	 */
	private static String snapshotPostgres(DatabaseUrl database, Path file, Consumer<String> progress)
			throws SQLException {
		try (Connection source = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			source.setAutoCommit(false);
			source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			source.setReadOnly(true);
			String version = schemaVersion(source);
			Flyway.configure()
				.dataSource("jdbc:sqlite:" + file, null, null)
				.locations("classpath:db/migration/sqlite")
				.target(version)
				.load()
				.migrate();
			try (Connection target = DriverManager.getConnection("jdbc:sqlite:" + file)) {
				SiteCopy.copyTables(source, target, (line) -> progress.accept("  " + line));
				List<String> differences = SiteChecksums.compare(source, SiteChecksums.of(target));
				if (!differences.isEmpty()) {
					throw new SQLException("The snapshot's copy differs from the database: " + differences);
				}
			}
			source.commit();
			return version;
		}
	}

	/** The version of the last migration applied, from Flyway's own table. */
	static String schemaVersion(Connection db) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version FROM flyway_schema_history "
						+ "WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC")) {
			if (!rs.next()) {
				throw new DataDirectoryException("The database holds no Dateline site (no migrations applied).");
			}
			return rs.getString(1);
		}
		catch (SQLException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("flyway_schema_history")) {
				throw new DataDirectoryException("The database holds no Dateline site (no migration history).");
			}
			throw ex;
		}
	}

	private static List<BackupManifest.FileSum> copyFiles(Path data, Path backup, Predicate<Path> remade)
			throws IOException {
		List<Path> found = new ArrayList<>();
		for (String folder : FOLDERS) {
			Path root = data.resolve(folder);
			if (Files.isDirectory(root)) {
				try (Stream<Path> files = Files.walk(root)) {
					files.filter(Files::isRegularFile)
						.filter((f) -> !isTemporary(f))
						.filter((f) -> !remade.test(data.relativize(f)))
						.sorted()
						.forEach(found::add);
				}
			}
		}
		List<BackupManifest.FileSum> sums = new ArrayList<>();
		for (Path file : found) {
			String path = data.relativize(file).toString().replace('\\', '/');
			sums.add(BackupManifest.copy(file, backup.resolve(path), path));
		}
		return sums;
	}

	/** Files being written (renamed into place once whole) are not part of the site. */
	static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".tmp") || name.startsWith(".");
	}

	static String single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
