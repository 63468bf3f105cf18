package org.dateline.newsroom;

import java.util.HashMap;
import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.PasswordLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-time link sets an account's password once; then the account signs in with it. */
@SiteTest
class PasswordLinkTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordLinks links;

	private SiteClient.Response submit(SiteClient browser, String token, String password, String repeat) {
		String path = "/newsroom/password?token=" + token;
		Map<String, String> form = new HashMap<>(Map.of("token", token, "password", password, "repeat", repeat));
		form.put("_csrf", SignIn.csrf(browser, path));
		return browser.post("/newsroom/password", form);
	}

	@Test
	void aNewAccountSetsItsPasswordFromTheLinkAndSignsIn() {
		String email = "linked." + System.nanoTime() + "@newsroom.example";
		StaffUser user = this.staff.create(email, "Linked Person", Role.AUTHOR, null);
		String token = this.links.create(user, PasswordLinks.Purpose.SET_PASSWORD);
		SiteClient browser = this.client.browser();
		assertThat(SignIn.attempt(browser, email, "").header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("?error"));

		SiteClient.Response mismatch = submit(browser, token, "one long password here", "another long password");
		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.document().selectFirst(".form-message").text())
			.isEqualTo("The two passwords are not the same.");
		SiteClient.Response tooShort = submit(browser, token, "short", "short");
		assertThat(tooShort.status()).isEqualTo(422);

		SiteClient.Response set = submit(browser, token, "one long password here", "one long password here");
		assertThat(set.status()).isEqualTo(302);
		assertThat(set.header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in?password-set"));
		assertThat(SignIn.as(this.client, email, "one long password here")).isNotNull();

		assertThat(this.client.browser().get("/newsroom/password?token=" + token).status()).as("a link works once")
			.isEqualTo(404);
	}

	@Test
	void anUnknownLinkIsRefused() {
		SiteClient.Response page = this.client.browser().get("/newsroom/password?token=made-up");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.document().selectFirst(".form-message").text())
			.isEqualTo("This link has expired or was already used.");
	}

}
