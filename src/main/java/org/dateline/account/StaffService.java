package org.dateline.account;

import java.time.Clock;
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

	private final Clock clock;

	StaffService(StaffRepository staff, PasswordEncoder passwords, Clock clock) {
		this.staff = staff;
		this.passwords = passwords;
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
		if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"The password is too short: use at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		String displayName = (name == null || name.isBlank()) ? normalized.substring(0, normalized.indexOf('@'))
				: name.strip();
		long id = this.staff.insert(normalized, displayName, role,
				password == null ? null : this.passwords.encode(password), this.clock.instant());
		return this.staff.findById(id).orElseThrow();
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
