package org.dateline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * HTTP security for the whole site. Reader pages are public; the security headers apply
 * to every response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

	/**
	 * No script or style from anywhere but this site, and none inline: an injected tag
	 * has nothing to run.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'");

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers
				// Reader pages are cacheable; each response sets its own Cache-Control.
				.cacheControl((cache) -> cache.disable())
				.frameOptions((frames) -> frames.sameOrigin())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")));
		return http.build();
	}

	/** Staff accounts arrive with the newsroom; until then nobody can sign in. */
	@Bean
	UserDetailsService noStaffAccounts() {
		return new InMemoryUserDetailsManager();
	}

}
