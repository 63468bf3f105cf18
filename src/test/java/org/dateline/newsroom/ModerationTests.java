package org.dateline.newsroom;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentService;
import org.dateline.comment.CommentTargets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation queue in the newsroom, signed in through the real form: views and
 * counts, decisions one by one and in bulk, what the checks said, the commenter's
 * history, edits, staff replies, the log, the learned filter's training, personal-data
 * export and erasure, and who may do it.
 */
@SiteTest
class ModerationTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	CommentTargets articles;

	@Autowired
	JdbcClient jdbc;

	long article;

	String path;

	@BeforeEach
	void setUp() {
		this.path = DemoPaths.article(this.client, "world", "abidjan-electric-lagoon-ferries");
		this.article = Long
			.parseLong(this.client.get(this.path).document().selectFirst("section#comments").attr("data-article"));
	}

	String account(Role role) {
		String email = role.name().toLowerCase() + "." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, role.label() + " Person", role, PASSWORD);
		return email;
	}

	/** A comment waiting in the queue, as the checks would hold a newcomer's. */
	long pending(String email, String body) {
		long id = this.comments.addApproved(this.article, null, "Queued Reader", email, "", body, Instant.now());
		this.jdbc.sql(
				"UPDATE comment SET status = 'PENDING', held_for = 'first-time-commenter: first comment from this address' WHERE id = :id")
			.param("id", id)
			.update();
		return id;
	}

	Map<String, String> withCsrf(SiteClient as, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", SignIn.csrf(as, "/newsroom/comments"));
		return form;
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		SiteClient.Response response = this.client.get("/newsroom/comments");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in"));
	}

	@Test
	void authorsAndContributorsCannotModerate() {
		for (Role role : new Role[] { Role.AUTHOR, Role.CONTRIBUTOR }) {
			SiteClient as = SignIn.as(this.client, account(role), PASSWORD);
			assertThat(as.get("/newsroom/comments").status()).as(role.name()).isEqualTo(403);
			assertThat(as.post("/newsroom/comments/decide", Map.of("ids", "1", "action", "approve")).status())
				.as(role.name())
				.isEqualTo(403);
			assertThat(as.get("/newsroom/").document().select("a[href=/newsroom/comments]")).isEmpty();
		}
	}

	@Test
	void editorsSeeTheQueueWithReasonsHistoryAndTheAddress() {
		String email = "queued." + System.nanoTime() + "@example.org";
		long id = pending(email, "Please look at this.");
		SiteClient editor = SignIn.as(this.client, account(Role.EDITOR), PASSWORD);
		Document queue = editor.get("/newsroom/comments").document();
		Element item = queue.getElementById("queue-" + id);
		assertThat(item).isNotNull();
		assertThat(item.selectFirst(".queue-meta").text()).contains(email);
		assertThat(item.selectFirst(".held-for").text())
			.isEqualTo("Held: first-time-commenter: first comment from this address");
		assertThat(item.selectFirst(".history").text())
			.isEqualTo("This address: 0 approved, 1 pending, 0 spam, 0 trashed.");
		assertThat(item.selectFirst(".queue-article a").attr("href")).isEqualTo(this.path);
		assertThat(queue.select(".queue-tabs a").eachText()).anySatisfy((t) -> assertThat(t).startsWith("Pending"));
		assertThat(queue.selectFirst(".filter-progress").text()).startsWith("Learned filter:");
		assertThat(queue.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void approvingPublishesTheCommentLogsWhoDidItAndTeachesTheFilter() {
		long id = pending("approve." + System.nanoTime() + "@example.org", "Worth publishing.");
		long hamBefore = this.moderation.filterProgress().ham();
		SiteClient editor = SignIn.as(this.client, account(Role.EDITOR), PASSWORD);
		SiteClient.Response response = editor.post("/newsroom/comments/decide",
				withCsrf(editor, Map.of("one", id + ":approve", "view", "pending")));
		assertThat(response.status()).isEqualTo(302);
		assertThat(editor.get(response.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.document()
			.selectFirst(".notice-success")
			.text()).isEqualTo("1 comment approved.");
		assertThat(this.client.get(this.path).document().getElementById("comment-" + id)).isNotNull();
		assertThat(this.moderation.filterProgress().ham()).isEqualTo(hamBefore + 1);
		Document log = editor.get("/newsroom/comments/log").document();
		assertThat(log.select("tbody tr").first().text()).contains("Editor Person")
			.contains("approve")
			.contains(Long.toString(id));
	}

	@Test
	void bulkDecisionsApplyToEverySelectedComment() {
		long first = pending("bulk1." + System.nanoTime() + "@example.org", "Cheap watches here");
		long second = pending("bulk2." + System.nanoTime() + "@example.org", "Cheap watches there");
		long spamBefore = this.moderation.filterProgress().spam();
		SiteClient editor = SignIn.as(this.client, account(Role.ADMIN), PASSWORD);
		Map<String, String> form = withCsrf(editor, Map.of("action", "spam", "view", "pending"));
		String body = "ids=" + first + "&ids=" + second;
		SiteClient.Response response = editor
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(editor.base() + "/newsroom/comments/decide"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString(body + "&action=spam&view=pending&_csrf=" + form.get("_csrf")))
				.build());
		assertThat(response.status()).isEqualTo(302);
		assertThat(status(first)).isEqualTo("SPAM");
		assertThat(status(second)).isEqualTo("SPAM");
		assertThat(this.moderation.filterProgress().spam()).isEqualTo(spamBefore + 2);
		Document spam = editor.get("/newsroom/comments?view=spam").document();
		assertThat(spam.getElementById("queue-" + first)).isNotNull();
	}

	@Test
	void theDetailPageShowsEveryCheckAndLetsAnEditorEditAndReplyAsStaff() {
		SiteClient editor = SignIn.as(this.client, account(Role.EDITOR), PASSWORD);
		long id = this.comments.addApproved(this.article, null, "Original Name",
				"detail." + System.nanoTime() + "@example.org", "", "Original text.", Instant.now());
		Document detail = editor.get("/newsroom/comments/" + id).document();
		assertThat(detail.selectFirst("h1").text()).startsWith("Comment " + id);
		SiteClient.Response edited = editor.post("/newsroom/comments/" + id + "/edit",
				withCsrf(editor, Map.of("name", "Edited Name", "website", "", "body", "Edited text.")));
		assertThat(edited.status()).isEqualTo(302);
		Element shown = this.client.get(this.path).document().getElementById("comment-" + id);
		assertThat(shown.selectFirst(".comment-author").text()).isEqualTo("Edited Name");
		assertThat(shown.selectFirst(".comment-text").text()).isEqualTo("Edited text.");

		SiteClient.Response replied = editor.post("/newsroom/comments/" + id + "/reply",
				withCsrf(editor, Map.of("body", "Thanks, we have corrected the figure.")));
		assertThat(replied.status()).isEqualTo(302);
		Element reply = this.client.get(this.path)
			.document()
			.selectFirst("#comment-" + id + " > ol.children > li.comment.staff");
		assertThat(reply.selectFirst(".staff-badge").text()).isEqualTo("Staff");
		assertThat(reply.selectFirst(".comment-text").text()).isEqualTo("Thanks, we have corrected the figure.");
		assertThat(reply.selectFirst(".comment-author").text()).isEqualTo("Editor Person");
	}

	@Test
	void newsroomFormsRefuseRequestsWithoutTheirCsrfToken() {
		long id = pending("csrf." + System.nanoTime() + "@example.org", "Do not approve me by forgery.");
		SiteClient editor = SignIn.as(this.client, account(Role.EDITOR), PASSWORD);
		SiteClient.Response forged = editor.post("/newsroom/comments/decide", Map.of("one", id + ":approve"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("PENDING");
	}

	@Test
	void aCommentersDataCanBeExportedAndErased() {
		String email = "gdpr." + System.nanoTime() + "@example.org";
		long id = this.comments.addApproved(this.article, null, "Private Person", email, "https://example.org/me",
				"Please forget me later.", Instant.now());
		SiteClient admin = SignIn.as(this.client, account(Role.ADMIN), PASSWORD);
		SiteClient.Response export = admin.post("/newsroom/comments/privacy/export",
				withCsrf(admin, Map.of("email", email)));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Disposition"))
			.hasValueSatisfying((d) -> assertThat(d).contains("attachment"));
		JsonNode data = JsonMapper.builder().build().readTree(export.body());
		assertThat(data.get("comments")).hasSize(1);
		assertThat(data.get("comments").get(0).get("text").asString()).isEqualTo("Please forget me later.");

		SiteClient.Response unconfirmed = admin.post("/newsroom/comments/privacy/erase",
				withCsrf(admin, Map.of("email", email)));
		assertThat(unconfirmed.status()).isEqualTo(422);
		SiteClient.Response erased = admin.post("/newsroom/comments/privacy/erase",
				withCsrf(admin, Map.of("email", email, "confirm", "yes")));
		assertThat(erased.status()).isEqualTo(302);
		Element shown = this.client.get(this.path).document().getElementById("comment-" + id);
		assertThat(shown.selectFirst(".comment-author").text()).isEqualTo("Anonymous");
		assertThat(shown.select(".comment-author a")).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM comment WHERE author_email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void signInDoesNotSayWhichAddressesHaveAccountsAndLocksOutGuessers() {
		String email = account(Role.EDITOR);
		SiteClient browser = this.client.browser();
		SiteClient.Response wrong = SignIn.attempt(browser, email, "wrong password");
		SiteClient.Response unknown = SignIn.attempt(browser, "nobody." + System.nanoTime() + "@newsroom.example", "x");
		assertThat(wrong.header("Location")).isEqualTo(unknown.header("Location"));
		String message = browser.get("/newsroom/sign-in?error").document().selectFirst(".form-message").text();
		assertThat(message).startsWith("That email address and password do not match an account");
		for (int i = 0; i < 4; i++) {
			SignIn.attempt(browser, email, "still wrong " + i);
		}
		SiteClient.Response locked = SignIn.attempt(this.client.browser(), email, PASSWORD);
		assertThat(locked.header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in?error"));
	}

	String status(long id) {
		return this.jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", id).query(String.class).single();
	}

}
