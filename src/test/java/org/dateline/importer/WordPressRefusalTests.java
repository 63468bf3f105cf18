package org.dateline.importer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dateline.QueryCounter;
import org.dateline.TemporaryDataDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files {@code import wordpress} refuses as a whole, with one sentence saying why, and
 * without writing anything: broken, truncated or mis-encoded XML, files that are not
 * WordPress exports, and DTD tricks (XXE, "billion laughs").
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "dateline.demo.enabled=false")
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
@Import(QueryCounter.Configuration.class)
class WordPressRefusalTests {

	@Autowired
	WordPressImport importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void externalEntitiesAreRefusedBeforeAnyIsRead() {
		assertThat(refusal("wordpress/xxe.xml")).startsWith("xxe.xml declares a DTD (<!DOCTYPE ...>).")
			.contains("XXE")
			.doesNotContain("root:");
	}

	@Test
	void entityExpansionIsRefused() {
		assertThat(refusal("wordpress/billion-laughs.xml")).startsWith("billion-laughs.xml declares a DTD")
			.contains("billion laughs");
	}

	@Test
	void aTruncatedExportIsRefusedWithNothingHalfImported() {
		assertThat(refusal("wordpress/truncated.xml")).startsWith("truncated.xml ends in the middle of the XML at line")
			.endsWith("it looks truncated (an interrupted download or copy). Export it again. Nothing was imported.");
	}

	@Test
	void bytesThatAreNotTheDeclaredEncodingAreRefused() {
		assertThat(refusal("wordpress/latin1-declared-utf8.xml"))
			.startsWith("latin1-declared-utf8.xml is not in the encoding it declares")
			.contains("save it again as UTF-8");
	}

	@Test
	void aFeedOrAnyOtherDocumentIsNotAnExport() throws Exception {
		assertThat(refusal("wordpress/rss-feed.xml")).isEqualTo("rss-feed.xml is not a WordPress export (WXR): it has "
				+ "no <wp:wxr_version> before its first <item> (an RSS feed is not an export). In WordPress, use Tools > Export. "
				+ "Nothing was imported.");
		Path html = Files.createTempFile("page-", ".xml");
		Files.writeString(html, "<html><body><p>Hello</p></body></html>");
		assertThat(refusal(html)).endsWith("is not a WordPress export (WXR): its root element is <html>, not <rss>. "
				+ "In WordPress, use Tools > Export. Nothing was imported.");
		Path json = Files.createTempFile("story-", ".xml");
		Files.writeString(json, "{\"headline\": \"not xml\"}");
		assertThat(refusal(json)).contains("is not well-formed XML at line 1");
		Path empty = Files.createTempFile("empty-", ".xml");
		assertThat(refusal(empty))
			.isEqualTo(empty.getFileName() + " is empty, not a WordPress export. Nothing was imported.");
	}

	private String refusal(String resource) {
		return refusal(ImportFixtures.resource(resource));
	}

	private String refusal(Path file) {
		long before = rows();
		String message = assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.importer.run(file, null, Progress.SILENT))
			.actual()
			.getMessage();
		assertThat(rows()).as("nothing written").isEqualTo(before);
		assertThat(message.lines().count()).as("one sentence, no stack trace").isOne();
		return message;
	}

	private long rows() {
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM author) + (SELECT count(*) FROM section)
					     + (SELECT count(*) FROM comment) + (SELECT count(*) FROM photo) + (SELECT count(*) FROM import_source)
					""")
			.query(Long.class)
			.single();
	}

}
