package org.dateline.newsroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.PasswordLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.ArticleEditing;
import org.dateline.article.AuthorService;
import org.dateline.comment.CommentService;
import org.dateline.media.MediaService;
import org.dateline.newsroom.PermissionMatrix.Access;
import org.dateline.newsroom.PermissionMatrix.Row;
import org.dateline.newsroom.PermissionMatrix.Whose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsroom.PermissionMatrix.Access.grant;
import static org.dateline.newsroom.PermissionMatrix.Row.get;
import static org.dateline.newsroom.PermissionMatrix.Row.post;

/**
 * Who may use every newsroom address, desk role by desk role, in one table. Each row is a
 * handler method as Spring MVC maps it, who may use it, and a request that reaches the
 * handler with what it answers those allowed: a page (200), a redirect after doing
 * nothing harmful (302), or the form sent back with what to fix (422), so no request
 * changes what another row relies on. Everyone else gets 403; anonymous visitors are sent
 * to sign in, and a form sent without its CSRF token is refused.
 * <p>
 * {@link #everyNewsroomAddressIsInTheTable()} reads the running application's handler
 * mappings: a new newsroom address cannot be added without saying here who may use it.
 * Rules that depend on whose thing it is are tried on the caller's own and on another
 * author's (see {@link MatrixFixtures}).
 */
@NewsroomSiteTest
class NewsroomPermissionMatrixTests {

	/** Signing in and setting a password: before anyone is signed in. */
	static final Access PUBLIC = Access.of("public", grant(Whose.ANY, null));

	static final Access SIGNED_IN = Access.of("anyone signed in", grant(Whose.ANY, Role.CONTRIBUTOR));

	static final Access EDITORS = Access.of("editors", grant(Whose.ANY, Role.EDITOR));

	static final Access ADMINS = Access.of("admins", grant(Whose.ANY, Role.ADMIN));

	/** ArticleEditing.checkMayEdit: by who created it, not by byline. */
	static final Access EDIT_ARTICLE = Access.of("their own drafts; authors their own in any state; editors anyone's",
			grant(Whose.OWN_DRAFT, Role.CONTRIBUTOR), grant(Whose.OWN_PUBLISHED, Role.AUTHOR),
			grant(Whose.OTHERS, Role.EDITOR));

	/** ArticleEditing.checkMayPublish: corrections, like publishing, need an author. */
	static final Access PUBLISH_ARTICLE = Access.of("authors their own; editors anyone's",
			grant(Whose.OWN_DRAFT, Role.AUTHOR), grant(Whose.OWN_PUBLISHED, Role.AUTHOR),
			grant(Whose.OTHERS, Role.EDITOR));

	static final Access EDIT_PHOTO = Access.of("the photos they uploaded; editors every photo",
			grant(Whose.OWN, Role.CONTRIBUTOR), grant(Whose.OTHERS, Role.EDITOR));

	/** AuthorService: the owner edits only the bio and job title. */
	static final Access EDIT_PROFILE = Access.of("the profile linked to their account; editors every profile",
			grant(Whose.OWN, Role.CONTRIBUTOR), grant(Whose.OTHERS, Role.EDITOR));

	static final String TOO_LONG = "x".repeat(301);

	static final List<Row> TABLE = List.of(
	// @formatter:off
		// The front door, signing in, passwords
		get("/newsroom", SIGNED_IN).answers(302),
		get("/newsroom/", SIGNED_IN),
		get("/newsroom/sign-in", PUBLIC),
		get("/newsroom/password", PUBLIC).at("/newsroom/password?token={passwordToken}"),
		post("/newsroom/password", PUBLIC).form("token", "{passwordToken}", "password", "one new password",
				"repeat", "another new password").answers(422),
		get("/newsroom/password/forgot", PUBLIC),
		post("/newsroom/password/forgot", PUBLIC).form("email", ""),
		get("/preview/{token:[A-Za-z0-9_-]{20,64}}", PUBLIC).at("/preview/{previewToken}"),
		// Your account
		get("/newsroom/account", SIGNED_IN),
		post("/newsroom/account/name", SIGNED_IN).form("name", "").answers(422),
		post("/newsroom/account/password", SIGNED_IN).form("current", "not it", "password", "a", "repeat", "b")
			.answers(422),
		post("/newsroom/account/sign-out-everywhere", SIGNED_IN).fromAFreshDesk().answers(302),
		// Articles
		get("/newsroom/articles", SIGNED_IN).at("/newsroom/articles?status=draft&section={section}&q=matrix&page=1"),
		get("/newsroom/articles/new", SIGNED_IN),
		post("/newsroom/articles", SIGNED_IN).form("headline", "", "section", "{section}").answers(422),
		get("/newsroom/articles/{id:\\d+}", EDIT_ARTICLE).at("/newsroom/articles/{article}"),
		post("/newsroom/articles/{id:\\d+}", EDIT_ARTICLE).at("/newsroom/articles/{article}")
			.form("version", "1", "action", "save", "headline", "", "section", "{section}").answers(422),
		post("/newsroom/articles/{id:\\d+}/autosave", EDIT_ARTICLE).at("/newsroom/articles/{article}/autosave")
			.form("version", "1", "headline", "", "section", "{section}").answers(422),
		post("/newsroom/articles/preview", SIGNED_IN).form("headline", "Preview", "section", "{section}"),
		post("/newsroom/articles/autosave", SIGNED_IN).form("headline", "", "section", "{section}").answers(422),
		post("/newsroom/articles/{id:\\d+}/preview-link", EDIT_ARTICLE)
			.at("/newsroom/articles/{article}/preview-link").answers(302),
		post("/newsroom/articles/{id:\\d+}/corrections", PUBLISH_ARTICLE)
			.at("/newsroom/articles/{article}/corrections").form("text", "").answers(302),
		get("/newsroom/articles/slug", SIGNED_IN).at("/newsroom/articles/slug?headline=Matrix"),
		get("/newsroom/tags.json", SIGNED_IN).at("/newsroom/tags.json?q=a"),
		get("/newsroom/articles/{id:\\d+}/revisions", EDIT_ARTICLE).at("/newsroom/articles/{article}/revisions"),
		get("/newsroom/articles/{id:\\d+}/revisions/compare", EDIT_ARTICLE)
			.at("/newsroom/articles/{article}/revisions/compare?from={revision}&to={revision}"),
		post("/newsroom/articles/{id:\\d+}/revisions/{revision:\\d+}/restore", EDIT_ARTICLE)
			.at("/newsroom/articles/{article}/revisions/{revision}/restore").form("version", "0").answers(302),
		// The media library
		get("/newsroom/media", SIGNED_IN).at("/newsroom/media?q=matrix"),
		post("/newsroom/media/upload", SIGNED_IN).answers(422),
		get("/newsroom/media/{id:\\d{1,18}}", SIGNED_IN).at("/newsroom/media/{photo}"),
		post("/newsroom/media/{id:\\d{1,18}}", EDIT_PHOTO).at("/newsroom/media/{photo}").form("credit", TOO_LONG)
			.answers(422),
		get("/newsroom/media/search.json", SIGNED_IN).at("/newsroom/media/search.json?q=matrix"),
		// Sections, tags, author profiles
		get("/newsroom/sections", EDITORS),
		get("/newsroom/sections/new", EDITORS),
		post("/newsroom/sections", EDITORS).form("name", "").answers(422),
		get("/newsroom/sections/{id:\\d+}", EDITORS).at("/newsroom/sections/{section}"),
		post("/newsroom/sections/{id:\\d+}", EDITORS).at("/newsroom/sections/{section}").form("name", "")
			.answers(422),
		post("/newsroom/sections/{id:\\d+}/delete", EDITORS).at("/newsroom/sections/{section}/delete").answers(422),
		get("/newsroom/tags", EDITORS).at("/newsroom/tags?q=a"),
		get("/newsroom/tags/new", EDITORS),
		post("/newsroom/tags", EDITORS).form("name", "").answers(422),
		get("/newsroom/tags/{id:\\d+}", EDITORS).at("/newsroom/tags/{tag}"),
		post("/newsroom/tags/{id:\\d+}", EDITORS).at("/newsroom/tags/{tag}").form("name", "").answers(422),
		post("/newsroom/tags/{id:\\d+}/merge", EDITORS).at("/newsroom/tags/{tag}/merge").form("into", "")
			.answers(422),
		get("/newsroom/authors", SIGNED_IN),
		get("/newsroom/authors/new", EDITORS),
		post("/newsroom/authors", EDITORS).form("name", "").answers(422),
		get("/newsroom/authors/{id:\\d+}", EDIT_PROFILE).at("/newsroom/authors/{profile}"),
		post("/newsroom/authors/{id:\\d+}", EDIT_PROFILE).at("/newsroom/authors/{profile}")
			.form("name", "", "jobTitle", TOO_LONG).answers(422),
		get("/newsroom/slug", SIGNED_IN).at("/newsroom/slug?text=Matrix"),
		// Comment moderation
		get("/newsroom/comments", EDITORS).at("/newsroom/comments?view=approved"),
		post("/newsroom/comments/decide", EDITORS).answers(302),
		get("/newsroom/comments/{id:\\d+}", EDITORS).at("/newsroom/comments/{comment}"),
		post("/newsroom/comments/{id:\\d+}/edit", EDITORS).at("/newsroom/comments/{comment}/edit")
			.form("name", "", "body", "").answers(422),
		post("/newsroom/comments/{id:\\d+}/reply", EDITORS).at("/newsroom/comments/{comment}/reply")
			.form("body", "").answers(422),
		get("/newsroom/comments/log", EDITORS),
		get("/newsroom/comments/rejected", EDITORS),
		get("/newsroom/comments/privacy", EDITORS),
		post("/newsroom/comments/privacy/export", EDITORS).form("email", "nobody@example.org"),
		post("/newsroom/comments/privacy/erase", EDITORS).form("email", "").answers(422),
		// Settings
		get("/newsroom/settings", ADMINS),
		post("/newsroom/settings", ADMINS).form("name", "", "language", "en", "timeZone", "UTC").answers(422),
		post("/newsroom/settings/comments", ADMINS).form("closeAfterDays", "many").answers(422),
		post("/newsroom/settings/feeds", ADMINS).form("content", "sometimes").answers(422),
		post("/newsroom/settings/logo", ADMINS).answers(422),
		post("/newsroom/settings/logo/remove", ADMINS).answers(302),
		// Accounts
		get("/newsroom/users", ADMINS),
		post("/newsroom/users", ADMINS).form("email", "not an address", "role", "author").answers(422),
		get("/newsroom/users/{id:\\d+}", ADMINS).at("/newsroom/users/{self}"),
		post("/newsroom/users/{id:\\d+}/role", ADMINS).at("/newsroom/users/{self}/role").form("role", "")
			.answers(422),
		post("/newsroom/users/{id:\\d+}/enabled", ADMINS).at("/newsroom/users/{self}/enabled")
			.form("enabled", "false").answers(422),
		post("/newsroom/users/{id:\\d+}/password-link", ADMINS).at("/newsroom/users/{spare}/password-link")
			.answers(302),
		post("/newsroom/users/{id:\\d+}/sign-out", ADMINS).at("/newsroom/users/{spare}/sign-out").answers(302),
		post("/newsroom/users/{id:\\d+}/unlock", ADMINS).at("/newsroom/users/{spare}/unlock").answers(302),
		// Webhooks (a webhook that does not exist: admins reach the handler and get a 404)
		get("/newsroom/webhooks", ADMINS),
		post("/newsroom/webhooks", ADMINS).form("url", "not a url").answers(422),
		get("/newsroom/webhooks/{id:\\d+}", ADMINS).at("/newsroom/webhooks/999999").answers(404),
		post("/newsroom/webhooks/{id:\\d+}/deliveries/{delivery:\\d+}/resend", ADMINS)
			.at("/newsroom/webhooks/999999/deliveries/999999/resend").answers(404),
		post("/newsroom/webhooks/{id:\\d+}/delete", ADMINS).at("/newsroom/webhooks/999999/delete").answers(404));
	// @formatter:on

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	ArticleEditing articles;

	@Autowired
	AuthorService authors;

	@Autowired
	MediaService media;

	@Autowired
	CommentService comments;

	@Autowired
	PasswordLinks passwords;

	@Autowired
	JdbcClient jdbc;

	MatrixFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new MatrixFixtures(this.client, this.staff, this.articles, this.authors, this.media,
				this.comments, this.passwords, this.jdbc);
	}

	@Test
	void everyNewsroomAddressIsInTheTable() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/newsroom") || pattern.startsWith("/preview")) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						mapped.add("(every method) " + pattern + " in " + handler);
					}
					methods.forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		});
		List<String> listed = TABLE.stream().map(Row::key).toList();
		assertThat(listed).as("one row per handler method").doesNotHaveDuplicates();
		assertThat(difference(mapped, listed))
			.as("newsroom handlers the permission table does not list: add a row saying who may use each")
			.isEmpty();
		assertThat(difference(listed, mapped)).as("rows of the permission table that nothing maps any more").isEmpty();
	}

	@TestFactory
	Stream<DynamicContainer> everyAddressAnswersEachRoleAsTheTableSays() {
		return TABLE.stream().map((row) -> DynamicContainer.dynamicContainer(row.toString(), requests(row)));
	}

	private Stream<DynamicTest> requests(Row row) {
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("anonymous", () -> anonymous(row)));
		for (Role role : Role.values()) {
			for (Whose whose : row.access().cases()) {
				String name = role + (whose == Whose.ANY ? "" : ", " + whose.label);
				tests.add(DynamicTest.dynamicTest(name, () -> signedIn(row, role, whose)));
			}
		}
		return tests.stream();
	}

	/**
	 * Nobody signed in: sent to sign in (a form with a token from the sign-in page too),
	 * refused without a token, or answered as anyone is for public addresses.
	 */
	private void anonymous(Row row) {
		String path = this.fixtures.resolve(row.path(), null, Whose.ANY);
		if (row.method().equals("GET")) {
			expect(row, "anonymous", this.client.get(path), row.access().isPublic() ? row.answer() : -1);
			return;
		}
		Map<String, String> form = this.fixtures.resolve(row.form(), null, Whose.ANY);
		assertThat(this.client.post(path, form).status()).as("anonymous, without a CSRF token").isEqualTo(403);
		SiteClient browser = this.client.browser();
		Map<String, String> withToken = new HashMap<>(form);
		withToken.put("_csrf", SignIn.csrf(browser, "/newsroom/sign-in"));
		expect(row, "anonymous, with a CSRF token", browser.post(path, withToken),
				row.access().isPublic() ? row.answer() : -1);
	}

	/** A signed-in desk, with the CSRF token its pages carry. */
	private void signedIn(Row row, Role role, Whose whose) {
		Newsroom desk = row.freshDesk() ? this.fixtures.freshDesk(role) : this.fixtures.desk(role);
		String path = this.fixtures.resolve(row.path(), desk, whose);
		SiteClient.Response response = row.method().equals("GET") ? desk.get(path)
				: desk.post(path, this.fixtures.resolve(row.form(), desk, whose));
		String who = role + (whose == Whose.ANY ? "" : " on " + whose.label);
		expect(row, who, response, row.access().allows(role, whose) ? row.answer() : 403);
	}

	/** The expected status; -1 for a redirect to the sign-in page. */
	private static void expect(Row row, String who, SiteClient.Response response, int status) {
		String context = row.key() + " as " + who + " answered " + response.status() + " "
				+ response.header("Location").orElse("") + " "
				+ response.body().substring(0, Math.min(300, response.body().length()));
		if (status == -1) {
			assertThat(response.status()).as(context).isEqualTo(302);
			assertThat(response.header("Location")).as(context)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/newsroom/sign-in"));
		}
		else {
			assertThat(response.status()).as(context).isEqualTo(status);
		}
	}

	private static List<String> difference(Iterable<String> these, Iterable<String> those) {
		Set<String> others = new TreeSet<>();
		those.forEach(others::add);
		List<String> left = new ArrayList<>();
		these.forEach((key) -> {
			if (!others.contains(key)) {
				left.add(key);
			}
		});
		return left.stream().sorted().collect(Collectors.toList());
	}

}
