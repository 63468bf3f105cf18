package org.dateline.search;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The search contract on SQLite's FTS5, in a database of its own. */
class SqliteSearchTests extends SearchDialectContract {

	@TempDir
	static Path directory;

	static SQLiteDataSource database;

	@BeforeAll
	static void migrate() {
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(true);
		database = new SQLiteDataSource(config);
		database.setUrl("jdbc:sqlite:" + directory.resolve("search.db"));
		Flyway.configure().dataSource(database).locations("classpath:db/migration/sqlite").load().migrate();
	}

	@Override
	DataSource dataSource() {
		return database;
	}

	@Override
	SearchDialect dialect(JdbcClient jdbc) {
		return new SqliteSearch(jdbc);
	}

	@Override
	SearchDialect dialect(JdbcClient jdbc, int candidates) {
		return new SqliteSearch(jdbc, candidates);
	}

}
