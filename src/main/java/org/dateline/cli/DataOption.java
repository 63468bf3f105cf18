package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;

import org.dateline.data.DatabaseUrl;

import picocli.CommandLine.Option;

/** The {@code --data DIR} and {@code --database URL} options every subcommand shares. */
class DataOption {

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:DATELINE_DATA:-./data}",
			description = "Directory holding the database and media (default: ${DEFAULT-VALUE}).")
	Path directory;

	@Option(names = "--database", paramLabel = "URL", defaultValue = "${env:DATELINE_DATABASE_URL:-}",
			description = "A PostgreSQL database instead of SQLite in the data directory: "
					+ "postgresql://USER:PASSWORD@HOST:PORT/DB or jdbc:postgresql://HOST:PORT/DB "
					+ "(default: $DATELINE_DATABASE_URL). Media stay in the data directory.")
	String database;

	Path absolute() {
		return this.directory.toAbsolutePath().normalize();
	}

	/** The PostgreSQL database of {@code --database}, or null for SQLite. */
	DatabaseUrl url() {
		return (this.database == null || this.database.isBlank()) ? null : DatabaseUrl.parse(this.database);
	}

	/** Spring's datasource settings for {@code --database}, or none for SQLite. */
	List<String> databaseArguments() {
		if (this.database == null || this.database.isBlank()) {
			return List.of();
		}
		return DatabaseUrl.parse(this.database).springArguments();
	}

}
