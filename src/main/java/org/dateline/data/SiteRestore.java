package org.dateline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import org.sqlite.SQLiteConfig;

/**
 * Restores a {@link SiteBackup} into an empty data directory (and, for a site on
 * PostgreSQL, an empty database), proving it twice against its {@link BackupManifest}:
 * the backup before anything is written (a damaged backup is refused whole), and the
 * restored site afterwards. On SQLite the database file is put in place last, by a
 * rename, so a restore that fails leaves no database a server would start on.
 */
public final class SiteRestore {

	private static final String STAGING = DataDirectory.DATABASE_FILE + ".restoring";

	private SiteRestore() {
	}

	/**
	 * @param backup a directory written by {@link SiteBackup}
	 * @param data an empty (or missing) data directory
	 * @param database an empty PostgreSQL database, or null for SQLite in {@code data}
	 * @param progress told of each step
	 * @throws DataDirectoryException when the backup does not match its manifest, the
	 * target is not empty, or the restored site does not match the manifest
	 */
	public static BackupManifest restore(Path backup, Path data, DatabaseUrl database, Consumer<String> progress)
			throws SQLException, IOException {
		BackupManifest manifest = BackupManifest.read(backup);
		progress.accept("Checking the backup against its manifest");
		verifyBackup(backup, manifest);
		requireEmpty(data);
		if (database != null) {
			requireEmpty(database);
		}
		DataDirectory.prepare(data);
		progress.accept("Restoring " + manifest.files().size() + " files");
		for (BackupManifest.FileSum file : manifest.files()) {
			BackupManifest.copy(backup.resolve(file.path()), data.resolve(file.path()), file.path());
		}
		Path snapshot = backup.resolve(manifest.database().path());
		if (database == null) {
			restoreSqlite(snapshot, data, manifest, progress);
		}
		else {
			restorePostgres(snapshot, database, manifest, progress);
		}
		progress.accept("Checking the restored files");
		fail("The restored files do not match the backup", BackupManifest.compareFiles(data, manifest.files()));
		BackupManifest.forceDirectory(data);
		return manifest;
	}

	private static void verifyBackup(Path backup, BackupManifest manifest) throws SQLException, IOException {
		List<String> differences = new ArrayList<>();
		String database = BackupManifest.compareFile(backup, manifest.database());
		if (database != null) {
			differences.add(database);
		}
		differences.addAll(BackupManifest.compareFiles(backup, manifest.files()));
		manifest.files()
			.stream()
			.filter((file) -> SiteBackup.FOLDERS.stream().noneMatch((folder) -> file.path().startsWith(folder + "/")))
			.forEach((file) -> differences.add("file " + file.path() + " is not media"));
		if (database == null) {
			try (Connection db = readOnly(backup.resolve(manifest.database().path()))) {
				String integrity = SiteBackup.single(db, "PRAGMA integrity_check");
				if (!"ok".equals(integrity)) {
					differences.add("the database fails SQLite's integrity check: " + integrity);
				}
				differences.addAll(SiteChecksums.compare(db, manifest.tables()));
			}
		}
		if (!differences.isEmpty()) {
			throw new DataDirectoryException("The backup in " + backup + " does not match its manifest, so nothing "
					+ "was restored: " + summary(differences));
		}
	}

	/**
	 * The database is copied beside its final name, checked, and renamed into place only
	 * when it matches.
	 */
	private static void restoreSqlite(Path snapshot, Path data, BackupManifest manifest, Consumer<String> progress)
			throws SQLException, IOException {
		progress.accept("Restoring the database into " + data.resolve(DataDirectory.DATABASE_FILE));
		Path staging = data.resolve(STAGING);
		Files.deleteIfExists(staging);
		BackupManifest.FileSum copied = BackupManifest.copy(snapshot, staging, manifest.database().path());
		List<String> differences = new ArrayList<>();
		if (!copied.sha256().equals(manifest.database().sha256())) {
			differences.add("the database file changed while it was copied");
		}
		progress.accept("Checking the restored database");
		try (Connection db = readOnly(staging)) {
			differences.addAll(SiteChecksums.compare(db, manifest.tables()));
		}
		if (!differences.isEmpty()) {
			Files.deleteIfExists(staging);
		}
		fail("The restored database does not match the backup", differences);
		Files.move(staging, data.resolve(DataDirectory.DATABASE_FILE), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Migrated to the backup's own version (the server brings it up to date when it
	 * starts), filled in one transaction, then checked.
	 */
	private static void restorePostgres(Path snapshot, DatabaseUrl database, BackupManifest manifest,
			Consumer<String> progress) throws SQLException {
		progress.accept("Restoring the database into " + database);
		flyway(database).target(manifest.schemaVersion()).load().migrate();
		try (Connection source = readOnly(snapshot);
				Connection target = DriverManager.getConnection(database.jdbcUrl(), database.username(),
						database.password())) {
			source.setAutoCommit(false);
			SiteCopy.copyTables(source, target, (line) -> progress.accept("  " + line));
			source.commit();
			progress.accept("Checking the restored database");
			target.setAutoCommit(true);
			fail("The restored database does not match the backup", SiteChecksums.compare(target, manifest.tables()));
		}
	}

	private static void requireEmpty(Path data) throws IOException {
		if (Files.exists(data) && !Files.isDirectory(data)) {
			throw new DataDirectoryException(
					"The data directory " + data + " is a file; restore into an empty " + "directory.");
		}
		if (!Files.isDirectory(data)) {
			return;
		}
		Optional<Path> something;
		try (Stream<Path> files = Files.walk(data)) {
			something = files.filter((f) -> !Files.isDirectory(f)).findFirst();
		}
		if (something.isPresent()) {
			throw new DataDirectoryException("The data directory " + data + " is not empty (it holds "
					+ data.relativize(something.get()) + "); restore into an empty directory, so nothing of "
					+ "another site is mixed in or overwritten.");
		}
	}

	private static void requireEmpty(DatabaseUrl database) {
		if (flyway(database).load().info().current() != null) {
			throw new DataDirectoryException("The database " + database + " already holds a Dateline site; restore "
					+ "into an empty database.");
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseUrl database) {
		return Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration/postgresql");
	}

	/** Reads a backup's file without writing a byte to it. */
	private static Connection readOnly(Path file) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
	}

	private static void fail(String what, List<String> differences) {
		if (!differences.isEmpty()) {
			throw new DataDirectoryException(what + ": " + summary(differences) + ". Do not use it.");
		}
	}

	private static String summary(List<String> differences) {
		String shown = String.join("; ", differences.subList(0, Math.min(5, differences.size())));
		return differences.size() > 5 ? shown + "; and " + (differences.size() - 5) + " more" : shown;
	}

}
