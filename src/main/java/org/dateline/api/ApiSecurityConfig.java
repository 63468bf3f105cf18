package org.dateline.api;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.web.SecurityHeaders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * HTTP security for {@code /api/}, ahead of the site's own rules: public, read-only and
 * stateless. Nothing here creates a session or a CSRF token, so no response carries a
 * cookie, and any origin may read it from a browser (CORS for GET, HEAD and OPTIONS,
 * without credentials). A write is answered 405 by the API itself rather than 403 by the
 * CSRF check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfig {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.requireExplicitSave(true))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.cors((cors) -> cors.configurationSource(cors()))
			.exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, ex) -> {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Not allowed.\"}");
			}))
			.headers((headers) -> {
				SecurityHeaders.apply(headers, SecurityHeaders.DATA_POLICY);
				headers.frameOptions((frames) -> frames.deny());
			});
		return http.build();
	}

	private static UrlBasedCorsConfigurationSource cors() {
		CorsConfiguration config = new CorsConfiguration();
		config.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		config.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		config.setAllowedHeaders(List.of("If-None-Match", "If-Modified-Since", "Accept", "Accept-Language"));
		config.setExposedHeaders(List.of("ETag", "Link", "X-Request-Id", "Cache-Control"));
		config.setAllowCredentials(false);
		config.setMaxAge(Duration.ofDays(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", config);
		return source;
	}

}
