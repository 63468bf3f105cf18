package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;

import org.dateline.data.DataDirectory;
import org.dateline.data.DataDirectoryException;
import org.dateline.data.DatabaseUrl;
import org.dateline.data.SiteCopy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline migrate --from sqlite:PATH --to postgresql://...}: moves a site's
 * database between SQLite and PostgreSQL (either way), and proves the copy by row counts
 * and checksums of every table. Media stay where they are, in the data directory.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Move a site's database between SQLite and PostgreSQL, verified by counts and checksums. "
				+ "Stop the site first; the target must be an empty database.")
class MigrateCommand implements Callable<Integer> {

	@ParentCommand
	DatelineCli cli;

	@Option(names = "--from", required = true, paramLabel = "DATABASE",
			description = "sqlite:PATH (a data directory or its dateline.db) or a PostgreSQL URL.")
	String from;

	@Option(names = "--to", required = true, paramLabel = "DATABASE",
			description = "sqlite:PATH (an empty data directory) or a PostgreSQL URL of an empty database.")
	String to;

	@Override
	public Integer call() throws SQLException {
		PrintWriter out = this.cli.spec.commandLine().getOut();
		Endpoint source = Endpoint.parse(this.from, true);
		Endpoint target = Endpoint.parse(this.to, false);
		Flyway sourceFlyway = source.flyway();
		Flyway targetFlyway = target.flyway();
		if (targetFlyway.info().current() != null) {
			throw new DataDirectoryException(
					"The target " + target + " already holds a Dateline site; migrate into an empty database.");
		}
		sourceFlyway.migrate(); // both at the latest version, so their tables match
		targetFlyway.migrate();
		List<SiteCopy.TableReport> reports;
		try (Connection sourceConnection = source.connect(); Connection targetConnection = target.connect()) {
			out.println("Copying " + source + " to " + target + "...");
			reports = SiteCopy.copy(sourceConnection, targetConnection, (line) -> out.println("  " + line));
		}
		out.printf("%-28s %10s %10s  %s%n", "table", "source", "target", "checksums");
		boolean identical = true;
		for (SiteCopy.TableReport report : reports) {
			out.printf("%-28s %10d %10d  %s%n", report.table(), report.sourceRows(), report.targetRows(),
					report.matches() ? "identical " + report.sourceChecksum().substring(0, 16) : "DIFFERENT");
			identical &= report.matches();
		}
		if (!identical) {
			this.cli.spec.commandLine()
				.getErr()
				.println("dateline: the copy differs from the source in the tables marked DIFFERENT; do not use it.");
			return 1;
		}
		out.println("The site was copied and every table checked. Media stay in the data directory: serve with "
				+ "the same --data" + (target.url() != null ? " and --database (or DATELINE_DATABASE_URL)." : "."));
		return 0;
	}

	/** One side of a migration: a SQLite file or a PostgreSQL database. */
	record Endpoint(Path sqlite, DatabaseUrl url) {

		static Endpoint parse(String text, boolean mustExist) {
			if (text.startsWith("sqlite:")) {
				Path path = Path.of(text.substring("sqlite:".length())).toAbsolutePath().normalize();
				Path file = (Files.isDirectory(path) || !path.toString().endsWith(".db"))
						? path.resolve(DataDirectory.DATABASE_FILE) : path;
				if (mustExist && !Files.isRegularFile(file)) {
					throw new DataDirectoryException("There is no database at " + file + ".");
				}
				if (Files.isDirectory(path) || !path.toString().endsWith(".db")) {
					DataDirectory.prepare(path);
					path = path.resolve(DataDirectory.DATABASE_FILE);
				}
				else {
					DataDirectory.prepare(path.getParent());
				}
				return new Endpoint(path, null);
			}
			return new Endpoint(null, DatabaseUrl.parse(text));
		}

		Flyway flyway() {
			String vendor = (this.url != null) ? "postgresql" : "sqlite";
			return Flyway.configure()
				.dataSource(jdbcUrl(), (this.url != null) ? this.url.username() : null,
						(this.url != null) ? this.url.password() : null)
				.locations("classpath:db/migration/" + vendor)
				.load();
		}

		Connection connect() throws SQLException {
			if (this.url == null) {
				Connection connection = DriverManager.getConnection(jdbcUrl());
				try (var statement = connection.createStatement()) {
					statement.execute("PRAGMA foreign_keys = ON");
					statement.execute("PRAGMA journal_mode = WAL");
					statement.execute("PRAGMA synchronous = FULL");
				}
				return connection;
			}
			return DriverManager.getConnection(this.url.jdbcUrl(), this.url.username(), this.url.password());
		}

		private String jdbcUrl() {
			return (this.url != null) ? this.url.jdbcUrl() : "jdbc:sqlite:" + this.sqlite;
		}

		@Override
		public String toString() {
			return (this.url != null) ? this.url.toString() : this.sqlite.toString();
		}

	}

}
