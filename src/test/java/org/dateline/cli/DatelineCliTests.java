package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: help, and failures that end in one clear sentence before any server
 * starts.
 */
class DatelineCliTests {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return DatelineCli.commandLine(Object.class, new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute(args);
	}

	@Test
	void helpListsTheServeCommandAndItsOptions() {
		assertThat(run("serve", "--help")).isZero();
		assertThat(this.out.toString()).contains("--port=N").contains("--data=DIR").contains("--no-demo");
	}

	@Test
	void aFileGivenAsDataDirectoryStopsServeWithOneSentence() throws IOException {
		Path file = Files.writeString(this.temp.resolve("data"), "x");
		assertThat(run("serve", "--data", file.toString(), "--port", "0")).isEqualTo(1);
		assertThat(this.err.toString().strip()).isEqualTo("dateline: The data directory " + file
				+ " is a file, not a directory; choose another path with --data.");
	}

	@Test
	void aDamagedDatabaseStopsServeWithOneSentence() throws IOException {
		Files.write(this.temp.resolve("dateline.db"),
				new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 });
		assertThat(run("serve", "--data", this.temp.toString(), "--port", "0")).isEqualTo(1);
		assertThat(this.err.toString().lines()).hasSize(1);
		assertThat(this.err.toString()).contains(this.temp.resolve("dateline.db").toString()).contains("damaged");
	}

	@Test
	void anUnknownOptionIsExplained() {
		assertThat(run("serve", "--prot", "80")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unknown option").contains("'--prot'");
	}

	@Test
	void anInvalidPortIsExplained() {
		assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Invalid value for option '--port'");
	}

	@Test
	void settingsAreAcceptedAsNameValuePairsButNotAsLooseWords() throws IOException {
		Path file = Files.writeString(this.temp.resolve("data"), "x");
		assertThat(run("serve", "--data", file.toString(), "--dateline.site.name=The Courier")).isEqualTo(1);
		assertThat(this.err.toString()).contains("is a file, not a directory");
		this.err.getBuffer().setLength(0);
		assertThat(run("serve", "--data", file.toString(), "--sitename")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unknown option: '--sitename'");
	}

}
