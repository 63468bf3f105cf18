package org.dateline.newsroom;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.TestMail;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts over HTTP: admins invite and manage colleagues, everyone manages their own
 * password, forgotten passwords are reset by mail, and sessions end when they should.
 */
@SiteTest
class AccountTests {

	private static final Pattern LINK = Pattern.compile("(http://\\S+)(/newsroom/password\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	MailLinks mailLinks;

	@Autowired
	JdbcClient jdbc;

	Newsroom as(Role role) {
		return Newsroom.as(this.client, this.staff, role);
	}

	static String unique(String name) {
		return name + "." + System.nanoTime() + "@newsroom.example";
	}

	/** The password link in the newest mail to an address, as a path on this site. */
	static String linkIn(String address, int count) {
		String body = TestMail.body(TestMail.await(address, count).get(count - 1));
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(2);
	}

	static SiteClient.Response setPassword(SiteClient browser, String path, String password) {
		String token = path.substring(path.indexOf("token=") + 6);
		Map<String, String> form = new HashMap<>(Map.of("token", token, "password", password, "repeat", password));
		form.put("_csrf", SignIn.csrf(browser, path));
		return browser.post("/newsroom/password", form);
	}

	static boolean signedIn(SiteClient browser) {
		return browser.get("/newsroom/articles").status() == 200;
	}

	@Test
	void anAdminInvitesAColleagueWhoChoosesAPasswordAndSignsInWithTheirRole() throws Exception {
		Newsroom admin = as(Role.ADMIN);
		String email = unique("invited");
		SiteClient.Response invited = admin.post("/newsroom/users",
				Map.of("email", email, "name", "Ines Invited", "role", "editor"));
		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		SiteClient.Response page = admin.follow(invited);
		assertThat(page.document().selectFirst(".notice-success").text())
			.isEqualTo("Invitation mailed to " + email + ".");
		assertThat(page.document().selectFirst("dl.account-facts").text()).contains("Invited, no password chosen yet");

		String link = linkIn(email, 1);
		assertThat(TestMail.to(email).get(0).getSubject()).startsWith("Your newsroom account at ");
		SiteClient colleague = this.client.browser();
		assertThat(setPassword(colleague, link, "a password for ines").status()).isEqualTo(302);
		SiteClient signedIn = SignIn.as(this.client, email, "a password for ines");
		assertThat(signedIn.get("/newsroom/comments").status()).as("an editor moderates").isEqualTo(200);
		assertThat(signedIn.get("/newsroom/users").status()).as("but manages no accounts").isEqualTo(403);
	}

	@Test
	void onlyAdminsManageAccounts() {
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR }) {
			Newsroom desk = as(role);
			assertThat(desk.get("/newsroom/users").status()).as(role.name()).isEqualTo(403);
			assertThat(desk.post("/newsroom/users", Map.of("email", unique("sneaky"), "name", "S", "role", "admin"))
				.status()).as(role.name()).isEqualTo(403);
			long other = this.staff.byEmail(as(Role.CONTRIBUTOR).email).orElseThrow().id();
			assertThat(desk.post("/newsroom/users/" + other + "/role", Map.of("role", "admin")).status())
				.as(role.name())
				.isEqualTo(403);
			assertThat(desk.get("/newsroom/account").status()).as("everyone has their own account page").isEqualTo(200);
		}
		assertThat(this.client.get("/newsroom/users").header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in"));
	}

	@Test
	void invitationMistakesAreExplainedAndKeepWhatWasTyped() {
		Newsroom admin = as(Role.ADMIN);
		SiteClient.Response bad = admin.post("/newsroom/users",
				Map.of("email", "not an address", "name", "Nadia Typo", "role", "author"));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.document().selectFirst(".form-message").text())
			.isEqualTo("'not an address' is not an email address.");
		assertThat(bad.document().selectFirst("#invite-name").val()).isEqualTo("Nadia Typo");
		SiteClient.Response taken = admin.post("/newsroom/users",
				Map.of("email", admin.email, "name", "Twice", "role", "author"));
		assertThat(taken.document().selectFirst(".form-message").text())
			.isEqualTo("There is already an account for " + admin.email + ".");
		SiteClient.Response role = admin.post("/newsroom/users",
				Map.of("email", unique("role"), "name", "R", "role", "publisher"));
		assertThat(role.document().selectFirst(".form-message").text())
			.isEqualTo("Choose a desk role: admin, editor, author or contributor.");
	}

	@Test
	void aPasswordIsStoredOnlyAsAnArgon2idHash() {
		Newsroom admin = as(Role.ADMIN);
		String email = unique("hashed");
		assertThat(
				admin.post("/newsroom/users", Map.of("email", email, "name", "Hana Hashed", "role", "author")).status())
			.isEqualTo(302);
		String password = "plain words nobody stores " + System.nanoTime();
		assertThat(setPassword(this.client.browser(), linkIn(email, 1), password).status()).isEqualTo(302);
		String hash = this.jdbc.sql("SELECT password_hash FROM staff_user WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
		// the DelegatingPasswordEncoder stores the encoder's id before the hash, so a
		// later
		// change of algorithm can still check old hashes
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$");
		// every column of every account, including any a later migration adds
		for (Map<String, Object> row : this.jdbc.sql("SELECT * FROM staff_user").query().listOfRows()) {
			assertThat(row.values()).allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain(password));
		}
		assertThat(signedIn(SignIn.as(this.client, email, password))).as("the hash is what sign-in checks").isTrue();
	}

	@Test
	void aNewRoleAppliesAtOnceBecauseTheAccountSignsInAgain() {
		Newsroom admin = as(Role.ADMIN);
		Newsroom editor = as(Role.EDITOR);
		long id = this.staff.byEmail(editor.email).orElseThrow().id();
		assertThat(editor.get("/newsroom/comments").status()).isEqualTo(200);
		assertThat(admin.post("/newsroom/users/" + id + "/role", Map.of("role", "author")).status()).isEqualTo(302);
		assertThat(signedIn(editor.browser)).as("the old session ended").isFalse();
		SiteClient again = SignIn.as(this.client, editor.email, Newsroom.PASSWORD);
		assertThat(again.get("/newsroom/comments").status()).isEqualTo(403);
	}

	@Test
	void aDisabledAccountIsSignedOutAndCannotSignIn() {
		Newsroom admin = as(Role.ADMIN);
		Newsroom author = as(Role.AUTHOR);
		long id = this.staff.byEmail(author.email).orElseThrow().id();
		assertThat(admin.post("/newsroom/users/" + id + "/enabled", Map.of("enabled", "false")).status())
			.isEqualTo(302);
		assertThat(signedIn(author.browser)).isFalse();
		assertThat(SignIn.attempt(this.client.browser(), author.email, Newsroom.PASSWORD).header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in?error"));
		admin.post("/newsroom/users/" + id + "/enabled", Map.of("enabled", "true"));
		assertThat(signedIn(SignIn.as(this.client, author.email, Newsroom.PASSWORD))).isTrue();
	}

	@Test
	void adminsCannotDemoteOrDisableThemselves() {
		Newsroom admin = as(Role.ADMIN);
		long self = this.staff.byEmail(admin.email).orElseThrow().id();
		SiteClient.Response demote = admin.post("/newsroom/users/" + self + "/role", Map.of("role", "author"));
		assertThat(demote.status()).isEqualTo(422);
		assertThat(demote.document().selectFirst(".form-message").text())
			.isEqualTo("You cannot change your own role; ask another admin.");
		assertThat(admin.post("/newsroom/users/" + self + "/enabled", Map.of("enabled", "false")).status())
			.isEqualTo(422);
		assertThat(this.staff.byId(self).orElseThrow().role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfTheAccount() {
		Newsroom author = as(Role.AUTHOR);
		SiteClient laptop = SignIn.as(this.client, author.email, Newsroom.PASSWORD);
		assertThat(author.get("/newsroom/account").document().selectFirst("#account-sessions + p").text())
			.startsWith("You are signed in in 2 browsers");
		SiteClient.Response out = author.post("/newsroom/account/sign-out-everywhere", Map.of());
		assertThat(out.header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in?signed-out"));
		assertThat(signedIn(laptop)).isFalse();
		assertThat(signedIn(author.browser)).isFalse();
	}

	@Test
	void anAdminSignsSomeoneOutEverywhere() {
		Newsroom admin = as(Role.ADMIN);
		Newsroom contributor = as(Role.CONTRIBUTOR);
		long id = this.staff.byEmail(contributor.email).orElseThrow().id();
		SiteClient.Response out = admin.post("/newsroom/users/" + id + "/sign-out", Map.of());
		assertThat(admin.follow(out).document().selectFirst(".notice-success").text())
			.endsWith("is signed out everywhere (1 session).");
		assertThat(signedIn(contributor.browser)).isFalse();
	}

	@Test
	void changingYourPasswordNeedsTheCurrentOneAndSignsOutYourOtherBrowsers() {
		Newsroom editor = as(Role.EDITOR);
		SiteClient phone = SignIn.as(this.client, editor.email, Newsroom.PASSWORD);
		SiteClient.Response wrong = editor.post("/newsroom/account/password", Map.of("current", "not it at all",
				"password", "a brand new password", "repeat", "a brand new password"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.document().selectFirst(".form-message").text())
			.isEqualTo("That is not your current password.");
		SiteClient.Response changed = editor.post("/newsroom/account/password", Map.of("current", Newsroom.PASSWORD,
				"password", "a brand new password", "repeat", "a brand new password"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(signedIn(editor.browser)).as("this browser stays signed in").isTrue();
		assertThat(signedIn(phone)).as("the other one does not").isFalse();
		assertThat(SignIn.attempt(this.client.browser(), editor.email, Newsroom.PASSWORD).header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("?error"));
		assertThat(signedIn(SignIn.as(this.client, editor.email, "a brand new password"))).isTrue();
	}

	@Test
	void aForgottenPasswordIsResetByMailWithoutSayingWhoHasAnAccount() {
		Newsroom author = as(Role.AUTHOR);
		SiteClient stranger = this.client.browser();
		String unknown = forgot(stranger, unique("nobody")).document().selectFirst(".notice-success").text();
		String known = forgot(stranger, author.email).document().selectFirst(".notice-success").text();
		assertThat(known).isEqualTo(unknown).isEqualTo(ForgotPasswordController.SENT);

		String link = linkIn(author.email, 1);
		assertThat(setPassword(stranger, link, "reset to something new").status()).isEqualTo(302);
		assertThat(signedIn(author.browser)).as("a reset signs out every session").isFalse();
		assertThat(signedIn(SignIn.as(this.client, author.email, "reset to something new"))).isTrue();
		assertThat(this.client.browser().get(link).status()).as("the link works once").isEqualTo(404);
	}

	@Test
	void resetMailsAreLimitedPerAccount() {
		Newsroom contributor = as(Role.CONTRIBUTOR);
		SiteClient stranger = this.client.browser();
		for (int i = 0; i < 5; i++) {
			assertThat(forgot(stranger, contributor.email).status()).isEqualTo(200);
		}
		TestMail.await(contributor.email, 3);
		assertThat(linkIn(contributor.email, 3)).isNotBlank();
		// the mail sender polls every 100ms: give a fourth message time to arrive if one
		// was
		// queued
		sleep(500);
		assertThat(TestMail.to(contributor.email)).hasSize(3);
	}

	@Test
	void resetLinksAreNeverBuiltFromAForgedHostHeader() {
		MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/newsroom/password/forgot");
		forged.setServerName("attacker.example");
		assertThat(this.mailLinks.anonymous(forged)).isEqualTo(Optional.empty());
		MockHttpServletRequest local = new MockHttpServletRequest("POST", "/newsroom/password/forgot");
		local.setServerName("localhost");
		assertThat(this.mailLinks.anonymous(local)).isPresent();
	}

	@Test
	void theSessionCookieIsRenewedAtSignInAndCarriesItsSecurityFlags() {
		SiteClient browser = this.client.browser();
		SiteClient.Response signInPage = browser.get("/newsroom/sign-in");
		String before = cookie(signInPage.header("Set-Cookie").orElseThrow());
		String email = as(Role.AUTHOR).email;
		SiteClient.Response signedIn = SignIn.attempt(browser, email, Newsroom.PASSWORD);
		String setCookie = signedIn.header("Set-Cookie").orElseThrow();
		assertThat(cookie(setCookie)).as("session fixation: a new id at sign-in").isNotEqualTo(before);
		assertThat(setCookie).startsWith("SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure");

		SiteClient.Response overHttps = this.client.get("/newsroom/sign-in", "X-Forwarded-Proto", "https");
		assertThat(overHttps.header("Set-Cookie")).hasValueSatisfying((c) -> assertThat(c).contains("Secure"));
	}

	private static String cookie(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	private static SiteClient.Response forgot(SiteClient browser, String email) {
		return browser.post("/newsroom/password/forgot",
				Map.of("email", email, "_csrf", SignIn.csrf(browser, "/newsroom/password/forgot")));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
