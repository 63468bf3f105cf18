package org.dateline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.dateline.DatelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./dateline import ...} from the command line: a report, or one sentence and exit
 * code 1.
 */
class ImportCommandTests {

	@TempDir
	Path data;

	@Test
	void aWordPressExportIsImportedWithAReportAndPhotosKeptAsLinksWithoutMedia() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = cli(out, err).execute("import", "wordpress", "--data", this.data.toString(),
				resource("wordpress/newsroom.xml").toString());
		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).startsWith("Created 7, updated 0, unchanged 0, skipped 3, warnings 7.")
			.contains("warning   attachment 101 \"Lighthouse keepers at dawn\": no --media folder given: kept as a "
					+ "link to https://old.quayside.example/wp-content/uploads/2024/03/keepers.jpg")
			.contains("skipped   post 17 \"Tide tables\": it has no publication date; nothing of it was imported");
		assertThat(err.toString()).as("plain progress lines when not on a terminal").contains("Importing: ");
		assertThat(count("SELECT count(*) FROM photo")).isZero();
		assertThat(count("SELECT count(*) FROM article")).isEqualTo(7);
		StringWriter again = new StringWriter();
		assertThat(cli(again, new StringWriter()).execute("import", "wordpress", "--data", this.data.toString(),
				resource("wordpress/newsroom.xml").toString()))
			.isZero();
		assertThat(again.toString()).startsWith("Created 0, updated 0, unchanged 7, skipped 3");
		assertThat(count("SELECT count(*) FROM article")).isEqualTo(7);
	}

	@Test
	void aRefusedFileEndsWithOneSentenceAndExitCodeOne() throws Exception {
		StringWriter err = new StringWriter();
		int code = cli(new StringWriter(), err).execute("import", "wordpress", "--data", this.data.toString(),
				resource("wordpress/xxe.xml").toString());
		assertThat(code).isEqualTo(1);
		assertThat(err.toString()).startsWith("dateline: xxe.xml declares a DTD")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
		assertThat(count("SELECT count(*) FROM article")).isZero();
	}

	@Test
	void exportTakesASectionOrAPeriod() throws Exception {
		assertThat(cli(new StringWriter(), new StringWriter()).execute("import", "wordpress", "--data",
				this.data.toString(), resource("wordpress/newsroom.xml").toString()))
			.isZero();
		Path money = this.data.resolve("money-export");
		StringWriter out = new StringWriter();
		assertThat(cli(out, new StringWriter()).execute("export", "--data", this.data.toString(), "--out",
				money.toString(), "--section", "money"))
			.isZero();
		assertThat(out.toString()).startsWith("Exported 1 articles, 0 photos and 0 comments to ");
		assertThat(java.nio.file.Files.readString(money.resolve("wordpress.xml")))
			.contains("<title><![CDATA[Fish prices climb as boats stay in]]></title>")
			.doesNotContain("Harbour reopens");
		assertThat(money.resolve("ninjs")).isDirectoryContaining("glob:**/*-fish-prices.json");
		StringWriter period = new StringWriter();
		assertThat(cli(period, new StringWriter()).execute("export", "--data", this.data.toString(), "--out",
				this.data.resolve("march-13-14").toString(), "--from", "2024-03-13", "--to", "2024-03-14"))
			.isZero();
		assertThat(period.toString()).as("only the story of 14 March; drafts have no publication day")
			.startsWith("Exported 1 articles, 0 photos and 4 comments to ");
		StringWriter err = new StringWriter();
		assertThat(cli(new StringWriter(), err).execute("export", "--data", this.data.toString(), "--out",
				this.data.resolve("x").toString(), "--section", "sport"))
			.isEqualTo(1);
		assertThat(err.toString().strip()).isEqualTo("dateline: There is no section 'sport'.");
	}

	private static CommandLineRunner cli(StringWriter out, StringWriter err) {
		return new CommandLineRunner(DatelineCli.commandLine(DatelineApplication.class, new PrintWriter(out, true),
				new PrintWriter(err, true)));
	}

	private record CommandLineRunner(picocli.CommandLine line) {

		int execute(String... args) {
			return this.line.execute(args);
		}

	}

	static Path resource(String name) throws URISyntaxException {
		return Path.of(ImportCommandTests.class.getResource("/importer/" + name).toURI());
	}

	private long count(String sql) throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + this.data.resolve("dateline.db"));
				ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
