package org.dateline.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.dateline.DatelineApplication;
import org.dateline.QueryCounter;
import org.dateline.SiteClient;
import org.dateline.TemporaryDataDirectory;
import org.dateline.cli.DatelineCliAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import wordpress} on newsroom.xml, a WordPress 6 export written for these tests:
 * every kind of item, status, body markup and comment a newsroom's export holds, read
 * once into an empty site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "dateline.demo.enabled=false")
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
@Import(QueryCounter.Configuration.class)
class WordPressImportTests {

	private static ImportReport report;

	@Autowired
	WordPressImport importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteExport export;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	@BeforeEach
	void importOnce() throws Exception {
		synchronized (WordPressImportTests.class) {
			if (report == null) {
				Path uploads = ImportFixtures.uploads(Files.createTempDirectory("uploads-"));
				report = this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads, Progress.SILENT);
			}
		}
	}

	@Test
	void postsAndPagesGetTheNearestStatus() {
		assertThat(status("Harbour reopens after the March storm")).isEqualTo("PUBLISHED");
		assertThat(status("About the Herald")).isEqualTo("PUBLISHED");
		assertThat(status("Ferry timetable for the summer")).isEqualTo("SCHEDULED");
		assertThat(status("Draft: new pontoon plans")).isEqualTo("DRAFT");
		assertThat(status("Harbour board minutes")).as("private stays away from readers").isEqualTo("DRAFT");
		assertThat(status("Reader letter: the old crane")).as("pending review").isEqualTo("DRAFT");
		assertThat(count("SELECT count(*) FROM article WHERE headline = 'Binned story'")).isZero();
		assertThat(this.jdbc.sql("SELECT published_at FROM article WHERE headline = 'Ferry timetable for the summer'")
			.query(Long.class)
			.single()).isEqualTo(Instant.parse("2099-06-01T07:00:00Z").toEpochMilli());
		assertThat(this.jdbc.sql("SELECT published_at FROM article WHERE headline = 'Draft: new pontoon plans'")
			.query(Long.class)
			.optional()).isEmpty();
		assertThat(lines(ImportReport.Outcome.WARNING))
			.anyMatch((l) -> l.startsWith("post 14") && l.contains("private"));
		assertThat(lines(ImportReport.Outcome.SKIPPED)).anyMatch((l) -> l.startsWith("post 16") && l.contains("trash"))
			.anyMatch((l) -> l.startsWith("1 items of type nav_menu_item"));
	}

	@Test
	void categoriesBecomeSectionsTagsStayTagsAndAuthorsBecomeBylines() {
		assertThat(this.jdbc.sql("SELECT name || '|' || description FROM section WHERE slug = 'harbour-life'")
			.query(String.class)
			.single()).isEqualTo("Harbour Life|Boats, tides and the people of the quay");
		assertThat(section("Harbour reopens after the March storm")).isEqualTo("harbour-life");
		assertThat(section("Fish prices climb as boats stay in")).as("the first category").isEqualTo("money");
		assertThat(section("About the Herald")).isEqualTo("pages");
		assertThat(section("Draft: new pontoon plans")).as("no category").isEqualTo("news");
		assertThat(tags("Harbour reopens after the March storm")).containsExactly("Ferries", "Storm season");
		assertThat(tags("Fish prices climb as boats stay in")).as("a second category is a tag")
			.containsExactly("Harbour Life");
		assertThat(this.jdbc.sql("""
				SELECT au.name FROM article_author aa JOIN author au ON au.id = aa.author_id
				JOIN article a ON a.id = aa.article_id WHERE a.headline = :h ORDER BY aa.position
				""").param("h", "Harbour reopens after the March storm").query(String.class).list())
			.as("Co-Authors Plus bylines, in order")
			.containsExactly("Tunde Okafor", "Maria Reyes");
		assertThat(this.jdbc.sql("""
				SELECT au.slug FROM article_author aa JOIN author au ON au.id = aa.author_id
				JOIN article a ON a.id = aa.article_id WHERE a.headline = 'Fish prices climb as boats stay in'
				""").query(String.class).list()).containsExactly("tokafor");
	}

	@Test
	void theExcerptIsTheDekAndTheFeaturedImageTheHeroWithItsCaptionAltAndCredit() {
		Map<String, Object> row = this.jdbc.sql("""
				SELECT a.dek, p.alt, p.caption, p.credit, p.copyright, p.width
				FROM article a JOIN photo p ON p.id = a.hero_photo_id WHERE a.headline = :h
				""").param("h", "Harbour reopens after the March storm").query().singleRow();
		assertThat(row).containsEntry("dek", "Four days after the storm, boats are moving again.")
			.containsEntry("alt", "Two people in orange jackets on a lighthouse balcony at sunrise")
			.containsEntry("caption",
					"QUAYSIDE, ENGLAND - MARCH 13: Keepers check the lamp before the ferry season opens.")
			.containsEntry("credit", "Photo: Quay Wire / Hana Lindqvist")
			.containsEntry("copyright", "(c) Quay Wire");
		assertThat(((Number) row.get("width")).intValue()).isEqualTo(640);
	}

	@Test
	void aFeaturedImageWhoseFileIsMissingStaysALink() {
		assertThat(
				this.jdbc.sql("SELECT hero_photo_id FROM article WHERE headline = 'Fish prices climb as boats stay in'")
					.query(Long.class)
					.optional())
			.isEmpty();
		assertThat(body("Fish prices climb as boats stay in")).startsWith(
				"![Grey fog hiding a stone breakwater](https://old.quayside.example/wp-content/uploads/2024/03/fog.jpg)");
		assertThat(lines(ImportReport.Outcome.WARNING))
			.anyMatch((l) -> l.startsWith("attachment 102") && l.contains("kept as a link"))
			.anyMatch((l) -> l.startsWith("post 11") && l.contains("featured image kept as a link"));
	}

	@Test
	void blocksBecomeCleanMarkdown() {
		long photo = this.jdbc.sql("SELECT hero_photo_id FROM article WHERE headline = :h")
			.param("h", "Harbour reopens after the March storm")
			.query(Long.class)
			.single();
		assertThat(body("Harbour reopens after the March storm")).isEqualTo("""
				The **harbour** opened again on Thursday, four days after the storm closed it.

				## What the harbour master said

				![Keepers on the gallery](photo:%d)

				::: pullquote
				We will have the ferries running by the weekend.

				*Harbour master*
				:::

				- Ferries resume on Saturday
				- The fish market opens *Monday*

				<https://video.example.org/watch/harbour>

				Read the [council notice](https://council.example.gov/notice).""".formatted(photo));
	}

	@Test
	void shortcodesBecomePhotosAndLinksAndUnknownOnesAreKeptAndReported() {
		long photo = this.jdbc.sql("SELECT hero_photo_id FROM article WHERE headline = :h")
			.param("h", "Harbour reopens after the March storm")
			.query(Long.class)
			.single();
		String body = body("Fish prices climb as boats stay in");
		assertThat(body)
			.contains("Prices at the fish market rose by a third this week.\n\n![](photo:" + photo + ")\n\n")
			.contains("Traders blamed the storm.\\\nSome said the season is lost.")
			.contains(
					"![](photo:" + photo + ")\n\n![](https://old.quayside.example/wp-content/uploads/2024/03/fog.jpg)")
			.contains("<https://video.example.org/watch/market>")
			.contains("\\[pollster id=\"3\" question=\"Will prices fall?\"\\]")
			.contains("at 5am \\[sic\\] on weekdays")
			.doesNotContain("[caption")
			.doesNotContain("[gallery")
			.doesNotContain("[embed");
		assertThat(lines(ImportReport.Outcome.WARNING))
			.contains("post 11 \"Fish prices climb as boats stay in\": unknown shortcodes kept as text: [pollster]");
	}

	@Test
	void commentsKeepTheirThreadsStatusesAndDatesAndTheAddressesStayPrivate() {
		List<Map<String, Object>> comments = this.jdbc.sql("""
				SELECT c.author_name, c.author_email, c.status, c.created_at, c.body, p.author_name AS parent
				FROM comment c JOIN article a ON a.id = c.article_id LEFT JOIN comment p ON p.id = c.parent_id
				WHERE a.headline = :h ORDER BY c.created_at
				""").param("h", "Harbour reopens after the March storm").query().listOfRows();
		assertThat(comments).extracting((c) -> c.get("author_name") + "|" + c.get("status") + "|" + c.get("parent"))
			.containsExactly("Ines Carvalho|APPROVED|null", "Tunde Okafor|APPROVED|Ines Carvalho",
					"Harbour Watcher|PENDING|null", "Cheap Pills|SPAM|null");
		assertThat(comments.getFirst()).containsEntry("author_email", "ines@reader.example")
			.containsEntry("created_at", Instant.parse("2024-03-14T11:02:00Z").toEpochMilli());
		assertThat(comments.get(1)).containsEntry("body", "They start on Saturday.\n\nSee you there.");
		assertThat(lines(ImportReport.Outcome.WARNING))
			.anyMatch((l) -> l.startsWith("post 10") && l.contains("1 pingbacks and trackbacks not imported"));
		String path = path("Harbour reopens after the March storm");
		SiteClient.Response page = new SiteClient(this.port).get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Good news for the ferry crews.")
			.contains("See you there.")
			.doesNotContain("ines@reader.example")
			.doesNotContain("Waiting for a moderator.")
			.doesNotContain("Buy now");
	}

	@Test
	void oldWordPressAddressesAnswerWithAPermanentRedirect() {
		SiteClient site = new SiteClient(this.port);
		String path = path("Harbour reopens after the March storm");
		for (String old : List.of("/2024/03/14/harbour-reopens/", "/2024/03/14/harbour-reopens", "/?p=10",
				"/harbour-reopens/")) {
			SiteClient.Response response = site.get(old);
			assertThat(response.status()).as(old).isEqualTo(301);
			assertThat(response.header("Location")).as(old).hasValue(path);
		}
		assertThat(site.get("/?page_id=20").header("Location")).hasValue(path("About the Herald"));
		assertThat(site.get("/2024/03/14/no-such-story/").status()).isEqualTo(404);
		assertThat(site.get("/?p=999").status()).isEqualTo(404);
		assertThat(site.get("/?p=13").status()).as("a draft has no public address").isEqualTo(404);
		assertThat(site.get("/").status()).as("the front page itself").isEqualTo(200);
	}

	@Test
	void aBadPostIsReportedAndSkippedAndTheRestImported() {
		assertThat(lines(ImportReport.Outcome.SKIPPED))
			.contains("post 17 \"Tide tables\": it has no publication date; nothing of it was imported");
		assertThat(count("SELECT count(*) FROM article WHERE headline = 'Tide tables'")).isZero();
		assertThat(report.count(ImportReport.Outcome.CREATED)).as("7 stories and one photo").isEqualTo(8);
	}

	@Test
	void runningItAgainCreatesNothingTwiceAndUpdatesWhatChanged() throws Exception {
		long articles = count("SELECT count(*) FROM article");
		long comments = count("SELECT count(*) FROM comment");
		long photos = count("SELECT count(*) FROM photo");
		Path uploads = ImportFixtures.uploads(Files.createTempDirectory("uploads-"));
		ImportReport again = this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads,
				Progress.SILENT);
		assertThat(again.count(ImportReport.Outcome.CREATED)).isZero();
		assertThat(again.count(ImportReport.Outcome.UPDATED)).isZero();
		assertThat(again.count(ImportReport.Outcome.UNCHANGED)).isEqualTo(8);
		Path changed = Files.createTempFile("newsroom-", ".xml");
		Files.writeString(changed,
				Files.readString(ImportFixtures.resource("wordpress/newsroom.xml"))
					.replace("Good news for the ferry crews.", "Good news for the ferry crews!")
					.replace("Four days after the storm, boats are moving again.", "Boats are moving again."));
		ImportReport edited;
		try {
			edited = this.importer.run(changed, uploads, Progress.SILENT);
		}
		finally {
			// the other tests read the original
			this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads, Progress.SILENT);
		}
		assertThat(edited.of(ImportReport.Outcome.UPDATED)).extracting(ImportReport.Line::item)
			.containsExactly("post 10 \"Harbour reopens after the March storm\"");
		assertThat(count("SELECT count(*) FROM article")).isEqualTo(articles);
		assertThat(count("SELECT count(*) FROM comment")).isEqualTo(comments);
		assertThat(count("SELECT count(*) FROM photo")).isEqualTo(photos);
		assertThat(edited.lines()).contains(new ImportReport.Line(ImportReport.Outcome.UPDATED,
				"post 10 \"Harbour reopens after the March storm\"", "article " + articleId()));
	}

	@Test
	void aCommentDeletedAtTheSourceGoesToTheTrashOnTheNextRunAndComesBackWithIt() throws Exception {
		Path uploads = ImportFixtures.uploads(Files.createTempDirectory("uploads-"));
		String original = Files.readString(ImportFixtures.resource("wordpress/newsroom.xml"));
		String withoutOne = original.replaceFirst("<wp:comment><wp:comment_id>203</wp:comment_id>.*?</wp:comment>", "");
		assertThat(withoutOne).isNotEqualTo(original).doesNotContain("Waiting for a moderator.");
		Path changed = Files.createTempFile("newsroom-", ".xml");
		Files.writeString(changed, withoutOne);
		long comments = count("SELECT count(*) FROM comment");
		try {
			ImportReport edited = this.importer.run(changed, uploads, Progress.SILENT);
			assertThat(commentStatus("Waiting for a moderator.")).isEqualTo("TRASH");
			assertThat(count("SELECT count(*) FROM comment")).as("trashed, not deleted").isEqualTo(comments);
			assertThat(edited.lines()).contains(new ImportReport.Line(ImportReport.Outcome.WARNING,
					"post 10 \"Harbour reopens after the March storm\"",
					"1 comment no longer in the export moved to the trash (a moderator can restore them)"));
			assertThat(this.jdbc
				.sql("""
						SELECT l.actor || ' ' || l.action FROM comment_moderation_log l JOIN comment c ON c.id = l.comment_id
						WHERE c.body = 'Waiting for a moderator.'
						""")
				.query(String.class)
				.list()).contains("import trash");
			assertThat(commentStatus("Good news for the ferry crews.")).as("the others stay").isEqualTo("APPROVED");
		}
		finally {
			this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads, Progress.SILENT);
		}
		assertThat(commentStatus("Waiting for a moderator.")).as("back in the export, back as it is there")
			.isEqualTo("PENDING");
	}

	@Test
	void aCommentersWebsiteThatIsNotAWebAddressIsNeverALink() throws Exception {
		Path uploads = ImportFixtures.uploads(Files.createTempDirectory("uploads-"));
		Path changed = Files.createTempFile("newsroom-", ".xml");
		Files.writeString(changed,
				Files.readString(ImportFixtures.resource("wordpress/newsroom.xml"))
					.replace("<wp:comment_author_url>https://ines.example</wp:comment_author_url>",
							"<wp:comment_author_url>javascript:alert(document.cookie)</wp:comment_author_url>"));
		try {
			this.importer.run(changed, uploads, Progress.SILENT);
			assertThat(this.jdbc.sql("SELECT author_url FROM comment WHERE author_name = 'Ines Carvalho'")
				.query(String.class)
				.single()).isEmpty();
			SiteClient.Response page = new SiteClient(this.port).get(path("Harbour reopens after the March storm"));
			assertThat(page.body()).contains("Good news for the ferry crews.").doesNotContain("javascript:");
		}
		finally {
			this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads, Progress.SILENT);
		}
	}

	@Test
	void aChangedPostIsUpdatedInPlace() throws Exception {
		Path uploads = ImportFixtures.uploads(Files.createTempDirectory("uploads-"));
		Path changed = Files.createTempFile("newsroom-", ".xml");
		Files.writeString(changed,
				Files.readString(ImportFixtures.resource("wordpress/newsroom.xml"))
					.replace("Good news for the ferry crews.", "Good news for the ferry crews!")
					.replace("Four days after the storm, boats are moving again.", "Boats are moving again."));
		long id = articleId();
		try {
			this.importer.run(changed, uploads, Progress.SILENT);
			assertThat(this.jdbc.sql("SELECT dek FROM article WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.single()).isEqualTo("Boats are moving again.");
			assertThat(count("SELECT count(*) FROM comment WHERE body = 'Good news for the ferry crews!'")).isOne();
			assertThat(count("SELECT count(*) FROM comment WHERE body = 'Good news for the ferry crews.'")).isZero();
		}
		finally {
			this.importer.run(ImportFixtures.resource("wordpress/newsroom.xml"), uploads, Progress.SILENT);
		}
	}

	@Test
	void anImportedSiteWithDraftsScheduledStoriesAndHeldCommentsExportsAndImportsBackTheSame() throws Exception {
		Path out = Files.createTempDirectory("export-");
		Map<String, List<String>> before;
		this.export.run(out, null, null, null, Progress.SILENT);
		try (Connection db = this.dataSource.getConnection()) {
			before = SiteSnapshot.of(db);
		}
		assertThat(before.get("articles")).anyMatch((a) -> a.contains("|DRAFT|"))
			.anyMatch((a) -> a.contains("|SCHEDULED|"));
		assertThat(before.get("comments")).anyMatch((c) -> c.contains("|PENDING|"))
			.anyMatch((c) -> c.contains("|SPAM|"));
		Path empty = Files.createTempDirectory("empty-site-");
		StringWriter err = new StringWriter();
		int code = DatelineCliAccess.run(DatelineApplication.class, new PrintWriter(new StringWriter()),
				new PrintWriter(err, true), "import", "wordpress", "--data", empty.toString(), "--media",
				out.resolve("media").toString(), out.resolve("wordpress.xml").toString());
		assertThat(code).as(err.toString()).isZero();
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + empty.resolve("dateline.db"))) {
			Map<String, List<String>> after = SiteSnapshot.of(db);
			for (String part : before.keySet()) {
				assertThat(after.get(part)).as(part).containsExactlyElementsOf(before.get(part));
			}
		}
	}

	private String commentStatus(String body) {
		return this.jdbc.sql("SELECT status FROM comment WHERE body = :body")
			.param("body", body)
			.query(String.class)
			.single();
	}

	private long articleId() {
		return this.jdbc.sql("SELECT id FROM article WHERE headline = 'Harbour reopens after the March storm'")
			.query(Long.class)
			.single();
	}

	private String status(String headline) {
		return this.jdbc.sql("SELECT status FROM article WHERE headline = :h")
			.param("h", headline)
			.query(String.class)
			.single();
	}

	private String section(String headline) {
		return this.jdbc.sql("SELECT s.slug FROM article a JOIN section s ON s.id = a.section_id WHERE a.headline = :h")
			.param("h", headline)
			.query(String.class)
			.single();
	}

	private List<String> tags(String headline) {
		return this.jdbc.sql("""
				SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id JOIN article a ON a.id = at.article_id
				WHERE a.headline = :h ORDER BY at.position
				""").param("h", headline).query(String.class).list();
	}

	private String body(String headline) {
		return this.jdbc.sql("SELECT body_markdown FROM article WHERE headline = :h")
			.param("h", headline)
			.query(String.class)
			.single();
	}

	private String path(String headline) {
		Map<String, Object> row = this.jdbc.sql("""
				SELECT s.slug AS section, a.slug, a.published_at FROM article a JOIN section s ON s.id = a.section_id
				WHERE a.headline = :h
				""").param("h", headline).query().singleRow();
		String day = Instant.ofEpochMilli(((Number) row.get("published_at")).longValue()).toString().substring(0, 10);
		return "/" + row.get("section") + "/" + day.replace('-', '/') + "/" + row.get("slug");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static List<String> lines(ImportReport.Outcome outcome) {
		return report.of(outcome).stream().map((l) -> l.item() + ": " + l.detail()).toList();
	}

}
