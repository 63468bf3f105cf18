package org.dateline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.dateline.DatelineApplication;
import org.dateline.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./dateline migrate}: the demo site moved from SQLite to a real PostgreSQL and
 * back, every table proved identical by the command, the copies usable (new rows get new
 * ids, search finds the stories), and a target that already holds a site refused.
 */
class MigrateCommandTests {

	@TempDir
	Path sqlite;

	@TempDir
	Path back;

	record Run(int code, String out, String err) {
	}

	static Run dateline(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DatelineCli
			.commandLine(DatelineApplication.class, new PrintWriter(out, true), new PrintWriter(err, true))
			.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void aSiteMovesToPostgresqlAndBackWithEveryTableIdentical() throws SQLException {
		// the demo site, seeded as serve does on a new data directory
		new SpringApplicationBuilder(DatelineApplication.class).web(WebApplicationType.NONE)
			.run("--dateline.data-dir=" + this.sqlite, "--dateline.demo.enabled=true", "--spring.main.banner-mode=off")
			.close();
		try (TestPostgres postgres = TestPostgres.empty()) {
			Run there = dateline("migrate", "--from", "sqlite:" + this.sqlite, "--to", postgres.url());
			assertThat(there.code()).as(there.err()).isZero();
			assertThat(there.out()).contains("article ").contains("comment ").doesNotContain("DIFFERENT");
			assertThat(there.out()).containsPattern("article\\s+(\\d+)\\s+\\1\\s+identical");
			try (Connection db = postgres.dataSource().getConnection()) {
				long sections = single(db, "SELECT max(id) FROM section");
				assertThat(single(db, "INSERT INTO section (slug, name) VALUES ('migrated', 'Migrated') RETURNING id"))
					.as("identities continue after the copied ids")
					.isGreaterThan(sections);
				assertThat(
						single(db,
								"SELECT count(*) FROM search_document d "
										+ "WHERE d.document @@ websearch_to_tsquery('dateline', 'tunnel')"))
					.isPositive();
				db.createStatement().execute("DELETE FROM section WHERE slug = 'migrated'");
			}

			Run refused = dateline("migrate", "--from", "sqlite:" + this.sqlite, "--to", postgres.url());
			assertThat(refused.code()).isEqualTo(1);
			assertThat(refused.err()).contains("already holds a Dateline site; migrate into an empty database.");

			Run home = dateline("migrate", "--from", postgres.url(), "--to", "sqlite:" + this.back);
			assertThat(home.code()).as(home.err()).isZero();
			assertThat(home.out()).doesNotContain("DIFFERENT");
		}
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + this.back.resolve("dateline.db"))) {
			assertThat(single(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'tunnel'"))
				.as("the full-text index is rebuilt from the copied documents")
				.isPositive();
			assertThat(single(db, "SELECT count(*) FROM article"))
				.isEqualTo(countIn(this.sqlite.resolve("dateline.db"), "SELECT count(*) FROM article"));
		}
	}

	@Test
	void aMissingSourceOrABadUrlIsOneSentence() {
		Run missing = dateline("migrate", "--from", "sqlite:" + this.sqlite.resolve("nowhere.db"), "--to",
				"sqlite:" + this.back);
		assertThat(missing.code()).isEqualTo(1);
		assertThat(missing.err().strip()).startsWith("dateline: There is no database at");
		Run bad = dateline("migrate", "--from", "mysql://root@localhost/news", "--to", "sqlite:" + this.back);
		assertThat(bad.code()).isEqualTo(1);
		assertThat(bad.err().strip()).startsWith("dateline: The database URL must be a PostgreSQL one");
	}

	static long countIn(Path database, String sql) throws SQLException {
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
			return single(db, sql);
		}
	}

	static long single(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
