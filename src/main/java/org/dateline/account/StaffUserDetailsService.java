package org.dateline.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a newsroom account for sign-in. A locked, disabled or password-less account
 * cannot sign in.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

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

}
