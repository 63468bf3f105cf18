package org.dateline.newsroom;

import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands between a password guesser and the newsroom beyond the lock per account
 * (ModerationTests): a pause per address for guesses spread over many accounts, and
 * passwords hashed again when their hashing is weaker than today's.
 */
@SiteTest
class SignInDefenceTests {

	/** The default of {@code dateline.sign-in.failures-per-address}. */
	static final int LIMIT = 30;

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	SiteClient.Response attempt(String email, String password, String address) {
		SiteClient browser = this.client.browser();
		return browser.post("/newsroom/sign-in",
				Map.of("email", email, "password", password, "_csrf", SignIn.csrf(browser, "/newsroom/sign-in")),
				"X-Forwarded-For", address);
	}

	@Test
	void guessesSpreadOverManyAccountsFromOneAddressArePaused() {
		String email = "guessed." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Guessed Editor", Role.EDITOR, Newsroom.PASSWORD);
		String guesser = "203.0.113." + (System.nanoTime() % 200 + 20);
		for (int i = 0; i < LIMIT; i++) {
			SiteClient.Response wrong = attempt("someone" + i + "." + System.nanoTime() + "@newsroom.example",
					"summer2026", guesser);
			assertThat(wrong.header("Location")).as("guess " + (i + 1) + " is an ordinary wrong password")
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in?error"));
		}
		SiteClient.Response paused = attempt(email, Newsroom.PASSWORD, guesser);
		assertThat(paused.status()).as("even the right password waits").isEqualTo(429);
		assertThat(paused.header("Retry-After")).isPresent();
		assertThat(paused.body()).contains("Please wait a moment before trying again.")
			.doesNotContain(Newsroom.PASSWORD);
		SiteClient.Response elsewhere = attempt(email, Newsroom.PASSWORD, "198.51.100.201");
		assertThat(elsewhere.header("Location")).as("the account itself is not locked")
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/"));
	}

	@Test
	void aPasswordHashedWithWeakerParametersIsHashedAgainAtSignIn() {
		String email = "rehash." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Old Hash", Role.AUTHOR, Newsroom.PASSWORD);
		// as an older Dateline (or a migration) might have stored it: Argon2id with 4 MB
		// and one pass
		String weak = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(Newsroom.PASSWORD);
		this.jdbc.sql("UPDATE staff_user SET password_hash = :hash WHERE email = :email")
			.param("hash", weak)
			.param("email", email)
			.update();
		SignIn.as(this.client, email, Newsroom.PASSWORD);
		String stored = this.jdbc.sql("SELECT password_hash FROM staff_user WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(weak).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
		SignIn.as(this.client, email, Newsroom.PASSWORD);
	}

}
