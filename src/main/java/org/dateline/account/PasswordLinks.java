package org.dateline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a newsroom password: for a new account, and for a forgotten
 * password. A link works once and for a limited time; only its SHA-256 is stored.
 */
@Service
public class PasswordLinks {

	public enum Purpose {

		SET_PASSWORD(Duration.ofDays(7)), RESET_PASSWORD(Duration.ofHours(1));

		private final Duration validFor;

		Purpose(Duration validFor) {
			this.validFor = validFor;
		}

	}

	private final JdbcClient jdbc;

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final StaffSessions sessions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PasswordLinks(JdbcClient jdbc, StaffRepository staff, PasswordEncoder passwords, StaffSessions sessions,
			Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.passwords = passwords;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * A new token for the account; the path to use it is
	 * {@code /newsroom/password?token=...}.
	 */
	@Transactional
	public String create(StaffUser user, Purpose purpose) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO staff_token (token_hash, staff_user_id, purpose, created_at, expires_at)
				VALUES (:hash, :user, :purpose, :now, :expires)
				""")
			.param("hash", hash(token))
			.param("user", user.id())
			.param("purpose", purpose.name())
			.param("now", Sql.millis(now))
			.param("expires", Sql.millis(now.plus(purpose.validFor)))
			.update();
		return token;
	}

	/** How many links of this purpose the account was sent since {@code since}. */
	int createdSince(StaffUser user, Purpose purpose, Instant since) {
		return this.jdbc.sql("""
				SELECT count(*) FROM staff_token
				WHERE staff_user_id = :user AND purpose = :purpose AND created_at >= :since
				""")
			.param("user", user.id())
			.param("purpose", purpose.name())
			.param("since", Sql.millis(since))
			.query(Integer.class)
			.single();
	}

	/** The account a token is for, while it is unused and unexpired. */
	public Optional<StaffUser> account(String token) {
		return this.jdbc.sql("""
				SELECT staff_user_id FROM staff_token
				WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
				""")
			.param("hash", hash(token))
			.param("now", this.clock.millis())
			.query(Long.class)
			.optional()
			.flatMap(this.staff::findById);
	}

	/**
	 * Sets the password and uses up the token, and every other link of the account.
	 * @throws IllegalArgumentException when the token is not valid or the password too
	 * short
	 */
	@Transactional
	public StaffUser setPassword(String token, String password) {
		StaffUser user = account(token)
			.orElseThrow(() -> new IllegalArgumentException("This link has expired or was already used."));
		StaffService.checkPassword(password);
		this.staff.updatePasswordHash(user.id(), this.passwords.encode(password));
		// whoever had the old password, or a session opened with it, is out
		this.sessions.endAll(user);
		this.jdbc.sql("UPDATE staff_token SET used_at = :now WHERE staff_user_id = :id AND used_at IS NULL")
			.param("now", this.clock.millis())
			.param("id", user.id())
			.update();
		return user;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
