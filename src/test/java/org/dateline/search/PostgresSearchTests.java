package org.dateline.search;

import javax.sql.DataSource;

import org.dateline.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract on PostgreSQL's {@code tsvector}, in a scratch database on the test
 * server, migrated by the production scripts.
 */
class PostgresSearchTests extends SearchDialectContract {

	static TestPostgres database;

	@BeforeAll
	static void migrate() {
		database = TestPostgres.create();
	}

	@AfterAll
	static void drop() {
		database.close();
	}

	@Override
	DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	SearchDialect dialect(JdbcClient jdbc) {
		return new PostgresSearch(jdbc);
	}

	@Override
	SearchDialect dialect(JdbcClient jdbc, int candidates) {
		return new PostgresSearch(jdbc, candidates);
	}

	@Test
	void matchesAreServedByTheGinIndex() {
		assertThat(this.jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_document_match'")
			.query(String.class)
			.single()).contains("USING gin (document)");
	}

}
