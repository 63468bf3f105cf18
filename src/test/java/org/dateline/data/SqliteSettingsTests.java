package org.dateline.data;

import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running site's SQLite connections are durable: WAL, every commit fsynced
 * ({@code synchronous=FULL}, so an acknowledged write survives a power cut, not only a
 * crash), foreign keys on, and a healthy file.
 */
@SiteTest
class SqliteSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionIsInWalModeWithFullSynchronousCommits() {
		// More reads than the pool has connections, so each one of them is checked.
		for (int i = 0; i < 16; i++) {
			assertThat(pragma("journal_mode")).isEqualToIgnoringCase("wal");
			assertThat(pragma("synchronous")).as("2 is FULL").isEqualTo("2");
			assertThat(pragma("foreign_keys")).isEqualTo("1");
		}
		assertThat(pragma("integrity_check")).isEqualTo("ok");
	}

	private String pragma(String name) {
		return String.valueOf(this.jdbc.sql("PRAGMA " + name).query().singleValue());
	}

}
