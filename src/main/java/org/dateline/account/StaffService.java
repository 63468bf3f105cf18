package org.dateline.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsroom accounts. See {@link AccountSecurityConfig} for how they sign in.
 */
@Service
public class StaffService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final StaffSessions sessions;

	private final Clock clock;

	StaffService(StaffRepository staff, PasswordEncoder passwords, StaffSessions sessions, Clock clock) {
		this.staff = staff;
		this.passwords = passwords;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @param password the password, or {@code null} to leave it unset until the account's
	 * set-password link is used
	 * @throws IllegalArgumentException with a message for the person creating it
	 */
	@Transactional
	public StaffUser create(String email, String name, Role role, String password) {
		String normalized = normalizeEmail(email);
		if (!EMAIL.matcher(normalized).matches()) {
			throw new IllegalArgumentException("'" + email + "' is not an email address.");
		}
		if (this.staff.findByEmail(normalized).isPresent()) {
			throw new IllegalArgumentException("There is already an account for " + normalized + ".");
		}
		if (password != null) {
			checkPassword(password);
		}
		String displayName = (name == null || name.isBlank()) ? normalized.substring(0, normalized.indexOf('@'))
				: name.strip();
		long id = this.staff.insert(normalized, displayName, role,
				password == null ? null : this.passwords.encode(password), this.clock.instant());
		return this.staff.findById(id).orElseThrow();
	}

	/**
	 * Gives an account another desk role. Its sessions end, so the new role applies from
	 * its next sign-in; nobody changes their own role (another admin must), which also
	 * means the last admin cannot demote themselves.
	 */
	@Transactional
	public StaffUser changeRole(StaffUser by, long id, Role role) {
		StaffUser user = other(by, id, "change your own role");
		if (user.role() != role) {
			this.staff.updateRole(id, role);
			this.sessions.endAll(user);
		}
		return this.staff.findById(id).orElseThrow();
	}

	/**
	 * Disables or re-enables an account. A disabled account cannot sign in and is signed
	 * out everywhere at once; its articles and bylines stay.
	 */
	@Transactional
	public StaffUser setEnabled(StaffUser by, long id, boolean enabled) {
		StaffUser user = other(by, id, "disable your own account");
		this.staff.updateEnabled(id, enabled);
		if (!enabled) {
			this.sessions.endAll(user);
		}
		return this.staff.findById(id).orElseThrow();
	}

	/** Lifts a lock left by too many wrong passwords. */
	@Transactional
	public void unlock(long id) {
		this.staff.unlock(id);
	}

	/** When the account may try to sign in again, if it is locked now. */
	public Optional<Instant> lockedUntil(long id) {
		return this.staff.lockedUntil(id, this.clock.instant());
	}

	@Transactional
	public StaffUser rename(long id, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Please give a name: it is shown on bylines and in logs.");
		}
		if (name.strip().length() > 100) {
			throw new IllegalArgumentException("A name of at most 100 characters, please.");
		}
		this.staff.updateName(id, name.strip());
		return this.staff.findById(id).orElseThrow();
	}

	/**
	 * Changes a password when the current one is known, and signs the account out of
	 * every other session (whoever knew the old password is out).
	 * @param keepSessionId the session the change was made from, which stays signed in
	 */
	@Transactional
	public void changePassword(StaffUser user, String current, String replacement, String keepSessionId) {
		String hash = this.staff.passwordHash(user.id()).orElse(null);
		if (hash == null || current == null || !this.passwords.matches(current, hash)) {
			throw new IllegalArgumentException("That is not your current password.");
		}
		checkPassword(replacement);
		this.staff.updatePasswordHash(user.id(), this.passwords.encode(replacement));
		this.sessions.endOthers(user, keepSessionId);
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"Please choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		if (password.length() > 1000) {
			throw new IllegalArgumentException("That password is longer than 1,000 characters; please shorten it.");
		}
	}

	private StaffUser other(StaffUser by, long id, String refused) {
		if (by.id() == id) {
			throw new IllegalArgumentException("You cannot " + refused + "; ask another admin.");
		}
		return this.staff.findById(id).orElseThrow(() -> new IllegalArgumentException("There is no such account."));
	}

	public Optional<StaffUser> byEmail(String email) {
		return this.staff.findByEmail(normalizeEmail(email));
	}

	public Optional<StaffUser> byId(long id) {
		return this.staff.findById(id);
	}

	public List<StaffUser> all() {
		return this.staff.findAll();
	}

	/** The enabled accounts that may moderate comments: editors and admins. */
	public List<StaffUser> moderators() {
		return this.staff.findByRoles(List.of(Role.ADMIN.name(), Role.EDITOR.name()));
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
