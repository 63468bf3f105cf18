package org.dateline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A scratch database on the PostgreSQL server the tests run against, migrated by the same
 * Flyway scripts as production, and dropped by {@link #close()}. The server is the local
 * one unless {@code DATELINE_TEST_POSTGRES} names another (a JDBC URL with user and
 * password); {@code .ci/run} makes sure it is there. A missing server fails the test with
 * a sentence saying so: PostgreSQL tests are never skipped.
 */
public final class TestPostgres implements AutoCloseable {

	static final String SERVER = System.getenv()
		.getOrDefault("DATELINE_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

	private final String name;

	private final DriverManagerDataSource dataSource;

	private TestPostgres(String name) {
		this.name = name;
		this.dataSource = new DriverManagerDataSource(SERVER.replace("/postgres?", "/" + name + "?"));
	}

	/** Creates an empty database, for a test site whose start migrates it. */
	public static TestPostgres empty() {
		String name = "dateline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE DATABASE " + name);
		return new TestPostgres(name);
	}

	/** Creates the database and runs every migration on it. */
	public static TestPostgres create() {
		TestPostgres database = empty();
		Flyway.configure()
			.dataSource(database.dataSource)
			.locations("classpath:db/migration/postgresql")
			.load()
			.migrate();
		return database;
	}

	/** The JDBC URL of this database, user and password included. */
	public String url() {
		return this.dataSource.getUrl();
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() {
		execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL tests need a server at " + SERVER
					+ " (set DATELINE_TEST_POSTGRES to another); it answered: " + ex.getMessage(), ex);
		}
	}

}
