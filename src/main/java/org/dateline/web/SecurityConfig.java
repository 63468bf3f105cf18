package org.dateline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
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
			.headers((headers) -> {
				SecurityHeaders.apply(headers, SecurityHeaders.SITE_POLICY);
				headers.frameOptions((frames) -> frames.sameOrigin());
			});
		return http.build();
	}

}
