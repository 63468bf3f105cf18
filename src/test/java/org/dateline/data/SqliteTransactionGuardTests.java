package org.dateline.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Writers take fair turns, so none starves while others keep the lock busy; and a
 * transaction that cannot begin because another process holds the lock past the busy
 * timeout fails on its own, and leaves its pooled connection usable for the next one.
 */
class SqliteTransactionGuardTests {

	@TempDir
	Path directory;

	@Test
	void aBeginThatTimesOutLeavesThePooledConnectionUsable() throws Exception {
		HikariConfig config = config(1); // the next transaction gets the same connection
		String url = config.getJdbcUrl();
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

	@Test
	void manyWritersAtOnceAllGetTheirTurn() throws Exception {
		HikariConfig config = config(8);
		try (HikariDataSource pool = new HikariDataSource(config)) {
			DataSource guarded = SqliteTransactionGuard.guard(pool);
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(guarded));
			JdbcClient jdbc = JdbcClient.create(guarded);
			jdbc.sql("CREATE TABLE note (text TEXT NOT NULL)").update();
			List<Future<?>> writers = new ArrayList<>();
			try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int writer = 0; writer < 16; writer++) {
					writers.add(threads.submit(() -> {
						for (int note = 0; note < 40; note++) {
							transactions.executeWithoutResult((status) -> {
								jdbc.sql("INSERT INTO note (text) VALUES ('written')").update();
								pause(); // a transaction that does some work with the
											// lock
							});
						}
					}));
				}
				for (Future<?> writer : writers) {
					writer.get(); // throws if any transaction could not begin
				}
			}
			assertThat(jdbc.sql("SELECT count(*) FROM note").query(Integer.class).single()).isEqualTo(16 * 40);
		}
	}

	private HikariConfig config(int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:sqlite:" + this.directory.resolve("guard.db"));
		config.setMaximumPoolSize(poolSize);
		config.addDataSourceProperty("journal_mode", "WAL");
		// Short, so that a writer SQLite's busy handler left waiting would fail at once.
		config.addDataSourceProperty("busy_timeout", "200");
		config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
		return config;
	}

	private static void pause() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
