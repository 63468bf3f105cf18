package org.dateline.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dateline.QueryCounter;
import org.dateline.TemporaryDataDirectory;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import wire} and {@code import ninjs}: agency copy into drafts (or published
 * stories) with its parts in their fields, a picture beside the story as the hero, and a
 * report of what was recognized.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "dateline.demo.enabled=false")
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
@Import(QueryCounter.Configuration.class)
class WireImportTests {

	@Autowired
	WireImport importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void plainCopyBecomesADraftWithItsPartsInTheirFieldsAndThePictureBesideItAsTheHero() throws Exception {
		Path folder = copy("ferries-return.txt", "council-vote.txt", "market-prices.txt");
		Files.write(folder.resolve("ferries-return.jpg"), PhotoFixtures.jpeg(800, 533));
		ImportReport report = this.importer.run(files(folder, ".txt"), false, false, "wire", Progress.SILENT);
		assertThat(report.count(ImportReport.Outcome.CREATED)).isEqualTo(3);
		Map<String, Object> ferries = article("Ferries return to the harbour after the storm");
		assertThat(ferries).containsEntry("status", "DRAFT")
			.containsEntry("dateline", "QUAYSIDE, England")
			.containsEntry("section", "wire")
			.containsEntry("caption",
					"QUAYSIDE, ENGLAND - MARCH 14: A ferry leaves the north quay as services resume on Thursday.")
			.containsEntry("credit", "Photo: Quay Wire / Hana Lindqvist");
		assertThat((String) ferries.get("body_markdown")).doesNotContain("Leave a Reply")
			.doesNotContain("Post Comment");
		assertThat((String) ferries.get("body_html"))
			.startsWith("<p><span class=\"dateline\">QUAYSIDE, England</span> \u2013 Ferries returned");
		assertThat(report.lines()).anyMatch((l) -> l.item().equals("ferries-return.txt")
				&& l.detail().contains("dateline 'QUAYSIDE, England'") && l.detail().contains("photo credit"));
		assertThat(report.lines()).anyMatch((l) -> l.item().equals("council-vote.txt")
				&& l.outcome() == ImportReport.Outcome.WARNING && l.detail().contains("no picture file"));
		assertThat(this.jdbc.sql("""
				SELECT au.name FROM article_author aa JOIN author au ON au.id = aa.author_id
				JOIN article a ON a.id = aa.article_id WHERE a.headline = 'Fish prices fall as boats return'
				ORDER BY aa.position
				""").query(String.class).list()).containsExactly("Amelie Durand", "Piet Janssen");
	}

	@Test
	void publishIsAChoiceAndARerunUpdatesInsteadOfDoubling() throws Exception {
		Path folder = copy("new-york-double-hyphen.txt");
		this.importer.run(files(folder, ".txt"), false, true, "metro", Progress.SILENT);
		assertThat(article("Port authority names new chief")).containsEntry("status", "PUBLISHED")
			.containsEntry("section", "metro");
		ImportReport again = this.importer.run(files(folder, ".txt"), false, true, "metro", Progress.SILENT);
		assertThat(again.count(ImportReport.Outcome.UNCHANGED)).isOne();
		Files.writeString(folder.resolve("new-york-double-hyphen.txt"),
				Files.readString(folder.resolve("new-york-double-hyphen.txt")).replace("May", "June"));
		ImportReport edited = this.importer.run(files(folder, ".txt"), false, true, "metro", Progress.SILENT);
		assertThat(edited.count(ImportReport.Outcome.UPDATED)).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM article WHERE headline = 'Port authority names new chief'")
			.query(Long.class)
			.single()).isOne();
		assertThat((String) article("Port authority names new chief").get("body_markdown")).endsWith("starts in June.");
	}

	@Test
	void ninjsOneAndTwoBecomeDraftsAndABadFileIsSkippedWithItsReason() throws Exception {
		Path folder = copy("ninjs-1.json", "ninjs-2.json", "not-ninjs.json", "broken.json");
		Files.write(folder.resolve("ninjs-1-lifeboat.jpg"), PhotoFixtures.jpeg(640, 427));
		ImportReport report = this.importer.run(files(folder, ".json"), false, false, "wire", Progress.SILENT);
		assertThat(report.count(ImportReport.Outcome.CREATED)).isEqualTo(2);
		List<String> skipped = report.of(ImportReport.Outcome.SKIPPED)
			.stream()
			.map((l) -> l.item() + ": " + l.detail())
			.sorted()
			.toList();
		assertThat(skipped).hasSize(2);
		assertThat(skipped.get(0)).startsWith("broken.json: it is not JSON (").endsWith("; nothing of it was imported");
		assertThat(skipped.get(1))
			.isEqualTo("not-ninjs.json: it has no headline, so it is not a ninjs story; nothing of it was imported");
		assertThat(article("Lifeboat crew rescues three off the point")).containsEntry("dateline", "QUAYSIDE, England")
			.containsEntry("dek", "The crew went out twice in one night.")
			.containsEntry("caption", "QUAYSIDE, ENGLAND - MARCH 13: The lifeboat returns at dawn.")
			.containsEntry("credit", "Photo: Quay Wire / Hana Lindqvist");
		assertThat(article("Berlin port trade grows for a third year")).containsEntry("dateline", "BERLIN, Germany")
			.containsEntry("dek", "River traffic is up by a tenth.")
			.containsEntry("caption", null);
		assertThat(report.lines()).anyMatch((l) -> l.item().equals("ninjs-2.json")
				&& l.detail().contains("https://pictures.example.org/barges-1600.jpg is not fetched"));
	}

	private Map<String, Object> article(String headline) {
		return this.jdbc.sql("""
				SELECT a.status, a.dateline, a.dek, a.body_markdown, a.body_html, s.slug AS section, p.caption, p.credit
				FROM article a JOIN section s ON s.id = a.section_id LEFT JOIN photo p ON p.id = a.hero_photo_id
				WHERE a.headline = :h
				""").param("h", headline).query().singleRow();
	}

	private static Path copy(String... names) throws Exception {
		Path folder = Files.createTempDirectory("wire-");
		for (String name : names) {
			Files.copy(ImportFixtures.resource("wire/" + name), folder.resolve(name));
		}
		return folder;
	}

	private static List<Path> files(Path folder, String extension) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.toString().endsWith(extension)).sorted().toList();
		}
	}

}
