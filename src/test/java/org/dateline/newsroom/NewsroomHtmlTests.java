package org.dateline.newsroom;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dateline.HtmlChecker;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.PasswordLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.comment.CommentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every newsroom screen not checked elsewhere (sections, tags and authors are in
 * {@link TaxonomyHtmlTests}, the media library in {@link MediaPagesHtmlTests}), in the
 * states it renders: empty and filled, with a notice, with a mistake to fix, with the
 * checklist's warnings and with an edit conflict. Checked by the W3C Nu Html Checker:
 * zero errors allowed.
 */
@NewsroomSiteTest
class NewsroomHtmlTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	CommentService comments;

	@Autowired
	PasswordLinks passwords;

	@Autowired
	JdbcClient jdbc;

	long world;

	@BeforeEach
	void setUp() {
		this.world = new Stories(this.jdbc).sectionId("world");
	}

	@Test
	void theDashboardSignInAndPasswordPagesAreValidHtml() {
		Screens screens = new Screens();
		screens.add("sign-in", this.client.get("/newsroom/sign-in"), 200);
		screens.add("sign-in, failed", this.client.get("/newsroom/sign-in?error"), 200);
		screens.add("sign-in, signed out", this.client.get("/newsroom/sign-in?signed-out"), 200);
		screens.add("sign-in, password set", this.client.get("/newsroom/sign-in?password-set"), 200);
		screens.add("forgot password", this.client.get("/newsroom/password/forgot"), 200);
		SiteClient stranger = this.client.browser();
		screens.add("forgot password, sent", stranger.post("/newsroom/password/forgot",
				Map.of("email", "nobody@example.org", "_csrf", SignIn.csrf(stranger, "/newsroom/password/forgot"))),
				200);
		StaffUser invited = this.staff.create("html.invited." + System.nanoTime() + "@newsroom.example", "Invited",
				Role.AUTHOR, null);
		String link = "/newsroom/password?token=" + this.passwords.create(invited, PasswordLinks.Purpose.SET_PASSWORD);
		screens.add("set password", stranger.get(link), 200);
		screens.add("set password, passwords differ",
				stranger.post("/newsroom/password", Map.of("token", link.substring(link.indexOf('=') + 1), "password",
						"one new password", "repeat", "another one", "_csrf", SignIn.csrf(stranger, link))),
				422);
		screens.add("set password, expired link", stranger.get("/newsroom/password?token=no-such-token"), 404);
		for (Role role : Role.values()) {
			screens.add("dashboard as " + role, as(role).get("/newsroom/"), 200);
		}
		screens.assertValid();
	}

	@Test
	void theArticleScreensAreValidHtml() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Checked headline for the validator");
		long author = new Stories(this.jdbc).authorId("maya-okafor");
		Screens screens = new Screens();
		screens.add("articles", editor.get("/newsroom/articles"), 200);
		screens.add("articles, filtered", editor.get("/newsroom/articles?status=draft&section=" + this.world
				+ "&author=" + author + "&q=checked&sort=headline&page=1"), 200);
		screens.add("articles, none found", editor.get("/newsroom/articles?q=nothing-has-this-headline"), 200);
		screens.add("articles, page 2", editor.get("/newsroom/articles?page=2"), 200);
		Newsroom contributor = as(Role.CONTRIBUTOR);
		long draft = create(contributor, "A contributor's draft");
		screens.add("articles, a contributor's own", contributor.get("/newsroom/articles"), 200);
		screens.add("new article", editor.get("/newsroom/articles/new"), 200);
		screens.add("new article, no headline", editor.post("/newsroom/articles", Newsroom.article("", this.world)),
				422);
		screens.add("edit article", editor.get("/newsroom/articles/" + id), 200);
		screens.add("edit article, as its contributor", contributor.get("/newsroom/articles/" + draft), 200);

		SiteClient.Response warned = save(editor, id, version(id),
				Map.of("action", "publish", "dek", "", "dateline", "", "hero", ""));
		assertThat(warned.document().select(".checklist li")).isNotEmpty();
		screens.add("edit article, checklist warnings", warned, 200);
		int opened = version(id);
		assertThat(save(editor, id, opened, Map.of("headline", "First save wins")).status()).isEqualTo(302);
		SiteClient.Response conflict = save(as(Role.EDITOR), id, opened, Map.of("headline", "Second save loses"));
		assertThat(conflict.document().selectFirst(".form-message").text()).contains("while you were editing it");
		screens.add("edit article, conflict", conflict, 409);
		screens.add("edit article, schedule refused",
				save(editor, id, version(id), Map.of("action", "schedule", "scheduleAt", "2001-01-01T00:00")), 422);

		SiteClient.Response revisions = editor.get("/newsroom/articles/" + id + "/revisions");
		screens.add("revisions", revisions, 200);
		var rows = revisions.document().select("tbody tr");
		assertThat(rows).hasSizeGreaterThan(2);
		String newest = rows.first().id().substring("revision-".length());
		String oldest = rows.last().id().substring("revision-".length());
		String compare = "/newsroom/articles/" + id + "/revisions/compare";
		screens.add("compare revisions", editor.get(compare + "?from=" + oldest + "&to=" + newest), 200);
		screens.add("compare a revision with itself", editor.get(compare + "?from=" + newest + "&to=" + newest), 200);
		screens.add("live preview",
				editor.post("/newsroom/articles/preview", Newsroom.article("Previewed", this.world)), 200);
		screens.assertValid();
	}

	@Test
	void theAccountUsersAndSettingsScreensAreValidHtml() {
		Newsroom admin = as(Role.ADMIN);
		Screens screens = new Screens();
		screens.add("account", admin.get("/newsroom/account"), 200);
		screens.add("account, name refused", admin.post("/newsroom/account/name", Map.of("name", "")), 422);
		screens.add("account, renamed", admin.follow(admin.post("/newsroom/account/name", Map.of("name", "Ada Admin"))),
				200);
		screens.add("account, password refused",
				admin.post("/newsroom/account/password", Map.of("current", "wrong", "password", "a", "repeat", "a")),
				422);
		screens.add("users", admin.get("/newsroom/users"), 200);
		screens.add("users, invitation refused",
				admin.post("/newsroom/users", Map.of("email", "not an address", "name", "N", "role", "author")), 422);
		SiteClient.Response invited = admin.post("/newsroom/users",
				Map.of("email", "html.colleague." + System.nanoTime() + "@newsroom.example", "name", "Colleague",
						"role", "contributor"));
		assertThat(invited.status()).isEqualTo(302);
		screens.add("user, just invited", admin.follow(invited), 200);
		long self = this.staff.byEmail(admin.email).orElseThrow().id();
		screens.add("user, themselves", admin.get("/newsroom/users/" + self), 200);
		screens.add("user, own role refused", admin.post("/newsroom/users/" + self + "/role", Map.of("role", "author")),
				422);
		long editor = this.staff.byEmail(as(Role.EDITOR).email).orElseThrow().id();
		screens.add("user, another", admin.get("/newsroom/users/" + editor), 200);
		screens.add("settings", admin.get("/newsroom/settings"), 200);
		screens.add("settings, refused", admin.post("/newsroom/settings",
				Map.of("name", "", "baseUrl", "ftp://x", "language", "?", "timeZone", "Mars")), 422);
		screens.add("settings, comment rules refused",
				admin.post("/newsroom/settings/comments", Map.of("closeAfterDays", "many")), 422);
		screens.add("settings, logo refused", admin.post("/newsroom/settings/logo", Map.of()), 422);
		screens.assertValid();
	}

	@Test
	void theModerationScreensAreValidHtml() {
		Newsroom editor = as(Role.EDITOR);
		String email = "html.reader." + System.nanoTime() + "@example.org";
		long story = this.jdbc.sql("SELECT min(id) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single();
		long approved = this.comments.addApproved(story, null, "Approved Reader", email, "https://reader.example",
				"A comment <b>with</b> markup & an ampersand.", Instant.now());
		long pending = this.comments.addApproved(story, approved, "Held Reader", email, "", "Buy now: a giveaway.",
				Instant.now());
		this.jdbc.sql("UPDATE comment SET status = 'PENDING', held_for = 'moderation-words: giveaway' WHERE id = :id")
			.param("id", pending)
			.update();
		Screens screens = new Screens();
		for (String view : new String[] { "pending", "flagged", "approved", "spam", "trash" }) {
			screens.add("queue, " + view, editor.get("/newsroom/comments?view=" + view), 200);
		}
		assertThat(editor.get("/newsroom/comments").document().getElementById("queue-" + pending)).isNotNull();
		screens.add("queue, page 2", editor.get("/newsroom/comments?view=approved&page=2"), 200);
		screens.add("comment, pending", editor.get("/newsroom/comments/" + pending), 200);
		screens.add("comment, approved", editor.get("/newsroom/comments/" + approved + "?done=Saved."), 200);
		screens.add("comment, edit refused",
				editor.post("/newsroom/comments/" + approved + "/edit", Map.of("name", "", "body", "")), 422);
		screens.add("comment, reply refused",
				editor.post("/newsroom/comments/" + approved + "/reply", Map.of("body", "")), 422);
		screens.add("queue, after a decision", editor.follow(editor.post("/newsroom/comments/decide",
				Map.of("ids", Long.toString(pending), "action", "trash", "view", "pending"))), 200);
		screens.add("comment, trashed", editor.get("/newsroom/comments/" + pending), 200);
		screens.add("moderation log", editor.get("/newsroom/comments/log"), 200);
		screens.add("rejected comments", editor.get("/newsroom/comments/rejected"), 200);
		screens.add("privacy", editor.get("/newsroom/comments/privacy"), 200);
		screens.add("privacy, erase refused", editor.post("/newsroom/comments/privacy/erase", Map.of("email", email)),
				422);
		screens.add("privacy, erased", editor.follow(editor.post("/newsroom/comments/privacy/erase",
				Map.of("email", "nobody." + System.nanoTime() + "@example.org", "confirm", "yes"))), 200);
		screens.assertValid();
	}

	Newsroom as(Role role) {
		return Newsroom.as(this.client, this.staff, role);
	}

	long create(Newsroom desk, String headline) {
		SiteClient.Response response = desk.post("/newsroom/articles", Newsroom.article(headline, this.world));
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		return Newsroom.articleId(response);
	}

	SiteClient.Response save(Newsroom desk, long id, int version, Map<String, String> changes) {
		Map<String, String> form = new HashMap<>(Newsroom.article("Checked headline for the validator", this.world));
		form.put("version", Integer.toString(version));
		form.put("action", "save");
		form.putAll(changes);
		return desk.post("/newsroom/articles/" + id, form);
	}

	int version(long id) {
		return this.jdbc.sql("SELECT version FROM article WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * The pages to check, each first asserted to answer as expected: an error page is
	 * valid HTML too.
	 */
	static final class Screens {

		private final Map<String, String> pages = new LinkedHashMap<>();

		void add(String name, SiteClient.Response response, int status) {
			assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(status);
			this.pages.put(name, response.body());
		}

		void assertValid() {
			HtmlChecker.assertValid(this.pages);
		}

	}

}
