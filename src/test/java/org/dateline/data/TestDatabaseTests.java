package org.dateline.data;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.dateline.SiteTest;
import org.dateline.TemporaryDataDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test sites run on the database the run says: SQLite in the first run of the suite,
 * PostgreSQL in the second (see the Surefire executions in pom.xml), so a pass on
 * PostgreSQL means what it says.
 */
@SiteTest
class TestDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theSiteRunsOnTheDatabaseOfThisRun() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName())
				.isEqualTo(TemporaryDataDirectory.ON_POSTGRES ? "PostgreSQL" : "SQLite");
		}
	}

}
