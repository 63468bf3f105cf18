package org.dateline.comment;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.newsroom.SignIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What moderators see in the newsroom, read from the real pages: every check's verdict
 * and readers' reports on a comment's page, view tabs whose counts match the database, a
 * comment readers pulled in the flagged view, bulk trash, and a log entry (who, when,
 * what) for every action, including the personal-data export.
 */
@SiteTest
class ModerationScreenTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	CommentProperties properties;

	@Autowired
	CommentRulesService rules;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	Poster poster;

	String path;

	long article;

	@BeforeEach
	void setUp() {
		this.poster = new Poster(this.client, this.tokens);
		this.path = DemoPaths.article(this.client, "culture", "bogota-book-fair-translated-fiction");
		this.article = this.poster.articleId(this.path);
	}

	/** A signed-in editor whose name the log shows. */
	SiteClient editor(String name) {
		String email = "screens." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, name, Role.EDITOR, PASSWORD);
		return SignIn.as(this.client, email, PASSWORD);
	}

	Map<String, String> withCsrf(SiteClient as, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", SignIn.csrf(as, "/newsroom/comments"));
		return form;
	}

	long approved(String body) {
		return this.comments.addApproved(this.article, null, "Screen Reader", Poster.uniqueEmail("screen"), "", body,
				Instant.now().minusSeconds(60));
	}

	void report(long id, String reason) {
		SiteClient.Response response = this.client.post("/comments/" + id + "/report",
				Map.of("reason", reason, "detail", "Seen on the page"), "X-Forwarded-For", Poster.freshIp());
		assertThat(response.status()).isEqualTo(200);
	}

	/** The rows of the moderation log about one comment, newest first. */
	List<Element> logRows(SiteClient editor, long id) {
		return editor.get("/newsroom/comments/log")
			.document()
			.select("table.log tbody tr")
			.stream()
			.filter((row) -> row.child(3).text().equals(Long.toString(id)))
			.toList();
	}

	static void assertLogged(List<Element> rows, String who, String what, String detail) {
		assertThat(rows).as(what).anySatisfy((row) -> {
			assertThat(row.child(0).selectFirst("time").attr("datetime")).as("when").isNotBlank();
			assertThat(row.child(1).text()).as("who").startsWith(who);
			assertThat(row.child(2).text()).as("what").isEqualTo(what);
			assertThat(row.child(4).text()).as("detail").isEqualTo(detail);
		});
	}

	String status(long id) {
		return this.jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void theDetailPageListsWhatEveryCheckSaidAndTheReadersReports() {
		SiteClient.Response posted = this.poster.post(this.client, this.path, this.poster.form(this.path, "Checked",
				Poster.uniqueEmail("checked"), "Which translators were on the panel?"));
		long id = Poster.commentId(posted);
		SiteClient editor = editor("Detail Editor");
		Document held = editor.get("/newsroom/comments/" + id).document();
		assertThat(held.select("h2").eachText()).contains("What the checks said");
		List<String> checks = held.select("ol.checks li").eachText();
		assertThat(checks).extracting((c) -> c.substring(0, c.indexOf(':')))
			.containsExactly("length", "article-open", "block-list", "honeypot-and-timing", "rate", "links",
					"moderation-words", "learned-score", "first-time-commenter");
		assertThat(checks).contains("length: PASS", "article-open: PASS",
				"first-time-commenter: HOLD (first comment from this address)");
		assertThat(checks.subList(0, 8)).allSatisfy((c) -> assertThat(c).contains(": PASS"));

		long reported = approved("A comment two readers disliked.");
		report(reported, "Off topic");
		report(reported, "Spam or advertising");
		Document detail = editor.get("/newsroom/comments/" + reported).document();
		Element heading = detail.select("h2")
			.stream()
			.filter((h) -> h.text().equals("Readers' reports"))
			.findFirst()
			.orElseThrow();
		assertThat(heading.nextElementSibling().select("li").eachText()).hasSize(2)
			.anySatisfy((r) -> assertThat(r).contains("Off topic"))
			.anySatisfy((r) -> assertThat(r).contains("Spam or advertising"));
	}

	@Test
	void theViewTabsCountWhatIsInEachView() {
		SiteClient editor = editor("Tab Editor");
		Map<String, Long> before = tabCounts(editor);
		assertThat(before).containsOnlyKeys("Pending", "Flagged", "Approved", "Spam", "Trash");
		assertThat(before).isEqualTo(databaseCounts());
		this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Counted", Poster.uniqueEmail("counted"), "One more for the queue."));
		Map<String, Long> after = tabCounts(editor);
		assertThat(after).isEqualTo(databaseCounts());
		assertThat(after.get("Pending")).isEqualTo(before.get("Pending") + 1);
		assertThat(after.get("Approved")).isEqualTo(before.get("Approved"));
		Document pending = editor.get("/newsroom/comments?view=pending").document();
		assertThat(pending.selectFirst(".queue-tabs a[aria-current=page]").ownText()).isEqualTo("Pending");
	}

	private Map<String, Long> tabCounts(SiteClient editor) {
		Map<String, Long> counts = new HashMap<>();
		for (Element tab : editor.get("/newsroom/comments").document().select(".queue-tabs a:has(.count)")) {
			counts.put(tab.ownText().strip(), Long.parseLong(tab.selectFirst(".count").text()));
		}
		return counts;
	}

	private Map<String, Long> databaseCounts() {
		Map<String, Long> counts = new HashMap<>();
		for (String status : List.of("Pending", "Approved", "Spam", "Trash")) {
			counts.put(status,
					this.jdbc.sql("SELECT count(*) FROM comment WHERE status = :status")
						.param("status", status.toUpperCase())
						.query(Long.class)
						.single());
		}
		counts.put("Flagged",
				this.jdbc.sql("SELECT count(*) FROM comment WHERE open_flags > 0 AND status IN ('PENDING', 'APPROVED')")
					.query(Long.class)
					.single());
		return counts;
	}

	@Test
	void aCommentReadersPulledIsInTheFlaggedViewAndTheLog() {
		long id = approved("Readers will pull this one " + System.nanoTime());
		int threshold = this.rules.current().flagThreshold(); // other tests may have
																// changed it
		for (int i = 0; i < threshold; i++) {
			report(id, "Abusive or hateful");
		}
		assertThat(status(id)).isEqualTo("PENDING");
		SiteClient editor = editor("Flag Editor");
		Element item = editor.get("/newsroom/comments?view=flagged").document().getElementById("queue-" + id);
		assertThat(item).isNotNull();
		assertThat(item.select(".held-for").eachText())
			.contains("Reported by " + threshold + (threshold == 1 ? " reader" : " readers"));
		assertLogged(logRows(editor, id), "readers", "pulled", "reported by " + threshold + " readers");
	}

	@Test
	void bulkTrashMovesEverySelectedCommentAndOnlyThose() {
		long first = approved("Trash me first " + System.nanoTime());
		long second = approved("Trash me second " + System.nanoTime());
		long untouched = approved("Leave me be " + System.nanoTime());
		SiteClient editor = editor("Bulk Editor");
		String body = "ids=" + first + "&ids=" + second + "&action=trash&view=approved&_csrf="
				+ SignIn.csrf(editor, "/newsroom/comments");
		SiteClient.Response response = editor
			.send(HttpRequest.newBuilder(URI.create(editor.base() + "/newsroom/comments/decide"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		assertThat(response.status()).isEqualTo(302);
		assertThat(status(first)).isEqualTo("TRASH");
		assertThat(status(second)).isEqualTo("TRASH");
		assertThat(status(untouched)).isEqualTo("APPROVED");
		Document trash = editor.get("/newsroom/comments?view=trash").document();
		assertThat(trash.getElementById("queue-" + first)).isNotNull();
		assertThat(trash.getElementById("queue-" + second)).isNotNull();
		assertThat(this.client.get(this.path).document().getElementById("comment-" + first)).isNull();
		assertLogged(logRows(editor, first), "Bulk Editor", "trash", "was approved");
	}

	@Test
	void editsStaffRepliesExportsAndErasuresAreLoggedWithWhoDidIt() {
		String email = Poster.uniqueEmail("logged");
		long id = this.comments.addApproved(this.article, null, "Logged Reader", email, "", "Please log this.",
				Instant.now().minusSeconds(60));
		SiteClient editor = editor("Log Editor");
		assertThat(
				editor
					.post("/newsroom/comments/" + id + "/edit",
							withCsrf(editor,
									Map.of("name", "Logged Reader", "website", "", "body", "Edited and logged.")))
					.status())
			.isEqualTo(302);
		SiteClient.Response replied = editor.post("/newsroom/comments/" + id + "/reply",
				withCsrf(editor, Map.of("body", "A staff answer.")));
		assertThat(replied.status()).isEqualTo(302);
		String location = replied.header("Location").orElseThrow();
		long reply = Long.parseLong(location.replaceAll("^.*/newsroom/comments/(\\d+).*$", "$1"));
		SiteClient.Response export = editor.post("/newsroom/comments/privacy/export",
				withCsrf(editor, Map.of("email", email)));
		assertThat(export.status()).isEqualTo(200);
		assertThat(editor
			.post("/newsroom/comments/privacy/erase", withCsrf(editor, Map.of("email", email, "confirm", "yes")))
			.status()).isEqualTo(302);

		List<Element> rows = logRows(editor, id);
		assertLogged(rows, "Log Editor", "edit", "");
		assertLogged(rows, "Log Editor", "export", "personal data exported on request");
		assertLogged(rows, "Log Editor", "erase", "personal data erased on request");
		assertLogged(logRows(editor, reply), "Log Editor", "reply", "to comment " + id);
		assertThat(rows).extracting((row) -> row.child(2).text()).containsSubsequence("erase", "export", "edit");
	}

	@Test
	void theLearnedFilterNeeds200DecisionsOfEachKindByDefaultAndTheQueueSaysSo() {
		assertThat(this.properties.learnedMinimum()).isEqualTo(200);
		SiteClient editor = editor("Default Editor");
		assertThat(editor.get("/newsroom/comments").document().selectFirst(".filter-progress").text())
			.matches("Learned filter: \\d+ approved and \\d+ spam decisions seen of the 200 of each it needs\\. .*");
	}

}
