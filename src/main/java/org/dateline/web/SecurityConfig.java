package org.dateline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * HTTP security for the whole site. Reader pages are public; everything under
 * {@code /newsroom/} needs a signed-in account, and finer desk-role rules sit on the
 * newsroom's controllers ({@code @PreAuthorize}). The security headers apply to every
 * response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	/**
	 * No script or style from anywhere but this site, and none inline: an injected tag
	 * has nothing to run.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'");

	static final String SIGN_IN = "/newsroom/sign-in";

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SIGN_IN, "/newsroom/password/**")
			.permitAll()
			.requestMatchers("/newsroom/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.usernameParameter("email")
				.defaultSuccessUrl("/newsroom/", false)
				.failureUrl(SIGN_IN + "?error"))
			.logout((logout) -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/newsroom/sign-out"))
				.logoutSuccessUrl(SIGN_IN + "?signed-out"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			// Readers' forms (comments, reports) are anonymous and cacheable: they carry
			// a signed token of their own
			// instead of a session-bound CSRF token, which would give every reader a
			// session and defeat the cache.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(paths.matcher(HttpMethod.POST, "/*/*/*/*/*"),
					paths.matcher(HttpMethod.POST, "/comments/**")))
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

}
