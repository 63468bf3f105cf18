package org.dateline.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A transaction that cannot begin because another writer holds the lock past the busy
 * timeout fails on its own, and leaves its pooled connection usable for the next one.
 */
class SqliteTransactionGuardTests {

	@TempDir
	Path directory;

	@Test
	void aBeginThatTimesOutLeavesThePooledConnectionUsable() throws Exception {
		String url = "jdbc:sqlite:" + this.directory.resolve("guard.db");
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setMaximumPoolSize(1); // the next transaction gets the same connection
		config.addDataSourceProperty("journal_mode", "WAL");
		config.addDataSourceProperty("busy_timeout", "200");
		config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
		try (HikariDataSource pool = new HikariDataSource(config)) {
			DataSource guarded = SqliteTransactionGuard.guard(pool);
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(guarded));
			JdbcClient jdbc = JdbcClient.create(guarded);
			jdbc.sql("CREATE TABLE note (text TEXT NOT NULL)").update();

			try (Connection other = DriverManager.getConnection(url); Statement lock = other.createStatement()) {
				lock.execute("BEGIN IMMEDIATE");
				assertThatExceptionOfType(CannotCreateTransactionException.class).isThrownBy(() -> transactions
					.executeWithoutResult((status) -> jdbc.sql("INSERT INTO note (text) VALUES ('lost')").update()));
				lock.execute("COMMIT");
			}

			transactions.executeWithoutResult((status) -> jdbc.sql("INSERT INTO note (text) VALUES ('kept')").update());
			assertThat(jdbc.sql("SELECT text FROM note").query(String.class).list()).containsExactly("kept");
		}
	}

}
