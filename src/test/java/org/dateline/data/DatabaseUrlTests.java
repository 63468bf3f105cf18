package org.dateline.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** PostgreSQL URLs as operators write them, turned into Spring's datasource settings. */
class DatabaseUrlTests {

	@Test
	void aJdbcUrlIsTakenAsItIs() {
		DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://db.internal:5432/dateline?user=site&ssl=true ");
		assertThat(url.springArguments())
			.containsExactly("--spring.datasource.url=jdbc:postgresql://db.internal:5432/dateline?user=site&ssl=true");
	}

	@Test
	void theLibpqFormGivesUserAndPasswordApart() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://site:s%40cret%2Fpass@db.internal:6432/news?sslmode=require");
		assertThat(url.springArguments()).containsExactly(
				"--spring.datasource.url=jdbc:postgresql://db.internal:6432/news?sslmode=require",
				"--spring.datasource.username=site", "--spring.datasource.password=s@cret/pass");
		assertThat(url.toString()).doesNotContain("s@cret").contains("as site");
		assertThat(DatabaseUrl.parse("postgres://db/news").jdbcUrl()).isEqualTo("jdbc:postgresql://db/news");
	}

	@Test
	void anythingElseIsExplained() {
		assertThatExceptionOfType(DataDirectoryException.class)
			.isThrownBy(() -> DatabaseUrl.parse("mysql://root@localhost/news"))
			.withMessageStartingWith("The database URL must be a PostgreSQL one");
		assertThatExceptionOfType(DataDirectoryException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgresql://user:p@ss word@host/db"))
			.withMessageContaining("percent-encoded");
		assertThatExceptionOfType(DataDirectoryException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgresql://user@host"))
			.withMessageContaining("needs a host and a database name");
	}

}
