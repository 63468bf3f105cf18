package org.dateline.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a newsroom account for sign-in. A locked, disabled or password-less account
 * cannot sign in. A password stored with older or weaker hashing is hashed again, with
 * today's parameters, when its owner signs in with it (Spring Security calls
 * {@link #updatePassword} then).
 */
@Component
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final StaffRepository staff;

	private final Clock clock;

	StaffUserDetailsService(StaffRepository staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffRepository.Credentials credentials = this.staff.credentials(StaffService.normalizeEmail(username))
			.filter((c) -> c.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account can sign in with that address"));
		boolean locked = credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(this.clock.instant());
		return User.withUsername(credentials.email())
			.password(credentials.passwordHash())
			.authorities(List.of(new SimpleGrantedAuthority(credentials.role().authority())))
			.disabled(!credentials.enabled())
			.accountLocked(locked)
			.build();
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.staff.credentials(StaffService.normalizeEmail(user.getUsername()))
			.ifPresent((credentials) -> this.staff.rehash(credentials.id(), newPassword));
		return User.withUserDetails(user).password(newPassword).build();
	}

}
