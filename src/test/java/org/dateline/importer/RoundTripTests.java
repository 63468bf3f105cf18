package org.dateline.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dateline.DatelineApplication;
import org.dateline.SiteTest;
import org.dateline.cli.DatelineCliAccess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody is locked in: the demo site exported ({@code ./dateline export}) and imported
 * into an empty site ({@code ./dateline import wordpress --media}) is the same site:
 * articles with every field, bylines, tags, corrections and photos, sections, authors and
 * comments with their threads, statuses and addresses.
 */
@SiteTest
class RoundTripTests {

	@Autowired
	SiteExport export;

	@Autowired
	DataSource dataSource;

	@Test
	void exportThenImportIntoAnEmptySiteGivesTheSameSite() throws Exception {
		Path out = Files.createTempDirectory("export-");
		Map<String, List<String>> before;
		SiteExport.Summary summary = this.export.run(out, null, null, null, Progress.SILENT);
		try (Connection db = this.dataSource.getConnection()) {
			before = SiteSnapshot.of(db);
		}
		assertThat(summary.articles()).isEqualTo(before.get("articles").size()).isGreaterThan(20);
		assertThat(summary.photos()).isGreaterThan(5);
		assertThat(before.get("comments")).hasSizeGreaterThan(10);
		assertThat(before.get("articles")).as("the demo has corrections and updates")
			.anyMatch((a) -> a.contains("corrections=CORRECTION:"))
			.anyMatch((a) -> a.contains("corrections=UPDATE:"));
		try (Stream<Path> files = Files.list(out.resolve("ninjs"))) {
			assertThat(files.count()).isEqualTo(summary.articles());
		}
		Path empty = Files.createTempDirectory("empty-site-");
		StringWriter report = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DatelineCliAccess.run(DatelineApplication.class, new PrintWriter(report, true),
				new PrintWriter(err, true), "import", "wordpress", "--data", empty.toString(), "--media",
				out.resolve("media").toString(), out.resolve("wordpress.xml").toString());
		assertThat(code).as(err.toString()).isZero();
		assertThat(report.toString()).contains("skipped 0, warnings 0.");
		Map<String, List<String>> after;
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + empty.resolve("dateline.db"))) {
			after = SiteSnapshot.of(db);
		}
		for (String part : before.keySet()) {
			assertThat(after.get(part)).as(part).containsExactlyElementsOf(before.get(part));
		}
	}

}
