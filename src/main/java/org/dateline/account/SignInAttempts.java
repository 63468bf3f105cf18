package org.dateline.account;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, so a guessed password
 * takes years instead of hours; and counts wrong passwords by address for
 * {@link SignInThrottle}. The sign-in page says the same thing for a wrong password, an
 * unknown address and a locked account.
 */
@Component
class SignInAttempts {

	static final int LOCK_AFTER = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final StaffRepository staff;

	private final SignInThrottle throttle;

	private final Clock clock;

	SignInAttempts(StaffRepository staff, SignInThrottle throttle, Clock clock) {
		this.staff = staff;
		this.throttle = throttle;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = StaffService.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
		this.staff.recordFailure(email, LOCK_AFTER, this.clock.instant().plus(LOCK_FOR));
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.throttle.failed(details.getRemoteAddress());
		}
		log.info("Failed newsroom sign-in");
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.staff.recordSuccess(StaffService.normalizeEmail(event.getAuthentication().getName()));
	}

}
