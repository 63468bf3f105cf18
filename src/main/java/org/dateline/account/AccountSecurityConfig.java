package org.dateline.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * How newsroom accounts are secured: Argon2id password hashes (the OWASP recommendation;
 * stored with their algorithm, so a later change of parameters re-hashes on sign-in, see
 * {@link StaffUserDetailsService}), wrong sign-ins slowed per account and per address,
 * and the desk-role hierarchy.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		String current = "argon2";
		return new DelegatingPasswordEncoder(current,
				Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	SignInThrottle signInThrottle(@Value("${dateline.sign-in.failures-per-address:30}") int limit) {
		return new SignInThrottle(limit, "/newsroom/sign-in");
	}

	/**
	 * Ahead of Spring Security's filters, so a throttled address never reaches a password
	 * check.
	 */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle throttle) {
		FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_EDITOR
				ROLE_EDITOR > ROLE_AUTHOR
				ROLE_AUTHOR > ROLE_CONTRIBUTOR
				""");
	}

}
