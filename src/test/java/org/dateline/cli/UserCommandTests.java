package org.dateline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.dateline.DatelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./dateline user add} creates the first accounts from the command line. */
class UserCommandTests {

	@TempDir
	Path data;

	@Test
	void addsAnAccountAndPrintsAOneTimeLinkWhenNoPasswordIsGiven() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DatelineCli
			.commandLine(DatelineApplication.class, new PrintWriter(out, true), new PrintWriter(err, true))
			.execute("user", "add", "--data", this.data.toString(), "--email", "Chief@Example.org", "--role", "admin",
					"--name", "Ada Chief");
		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Created admin chief@example.org.")
			.containsPattern(
					"Set the password within 7 days at: http://localhost:8080/newsroom/password\\?token=[A-Za-z0-9_-]{43}");
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + this.data.resolve("dateline.db"));
				ResultSet rs = db.createStatement()
					.executeQuery(
							"SELECT name, role, password_hash IS NULL AS unset FROM staff_user WHERE email = 'chief@example.org'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("name")).isEqualTo("Ada Chief");
			assertThat(rs.getString("role")).isEqualTo("ADMIN");
			assertThat(rs.getBoolean("unset")).isTrue();
		}
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + this.data.resolve("dateline.db"));
				ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM article")) {
			rs.next();
			assertThat(rs.getInt(1)).as("a command other than serve seeds no demo").isZero();
		}
	}

	@Test
	void withAPasswordTheAccountIsReadyAndThePasswordIsStoredOnlyAsItsHash() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String password = "a sentence long enough to be a password";
		int code = DatelineCli
			.commandLine(DatelineApplication.class, new PrintWriter(out, true), new PrintWriter(err, true))
			.execute("user", "add", "--data", this.data.toString(), "--email", "desk@example.org", "--role", "editor",
					"--password", password);
		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Created editor desk@example.org.").doesNotContain("token=");
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + this.data.resolve("dateline.db"));
				ResultSet rs = db.createStatement()
					.executeQuery("SELECT role, password_hash FROM staff_user WHERE email = 'desk@example.org'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("role")).isEqualTo("EDITOR");
			String hash = rs.getString("password_hash");
			assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(password);
			assertThat(new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 16384, 2)
				.matches(password, hash.substring("{argon2}".length()))).as("the hash is of that password").isTrue();
		}
	}

	@Test
	void withoutABaseUrlTheLinkNamesThePortTheSiteIsConfiguredFor() {
		StringWriter out = new StringWriter();
		String before = System.getProperty("server.port");
		System.setProperty("server.port", "9090");
		try {
			int code = DatelineCli
				.commandLine(DatelineApplication.class, new PrintWriter(out, true), new PrintWriter(new StringWriter()))
				.execute("user", "add", "--data", this.data.toString(), "--email", "night@example.org", "--role",
						"editor");
			assertThat(code).isZero();
		}
		finally {
			if (before == null) {
				System.clearProperty("server.port");
			}
			else {
				System.setProperty("server.port", before);
			}
		}
		assertThat(out.toString()).contains("at: http://localhost:9090/newsroom/password?token=");
	}

	@Test
	void aBadAddressOrATooShortPasswordIsExplainedInOneSentence() {
		StringWriter err = new StringWriter();
		int code = DatelineCli
			.commandLine(DatelineApplication.class, new PrintWriter(new StringWriter()), new PrintWriter(err, true))
			.execute("user", "add", "--data", this.data.toString(), "--email", "someone@example.org", "--role",
					"editor", "--password", "short");
		assertThat(code).isEqualTo(1);
		assertThat(err.toString().strip()).isEqualTo("dateline: Please choose a password of at least 12 characters.");
	}

}
