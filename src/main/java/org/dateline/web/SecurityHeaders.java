package org.dateline.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security headers every response carries, whichever filter chain answers it (the
 * site's or the API's). Spring Security adds {@code X-Content-Type-Options: nosniff} by
 * default and {@code Strict-Transport-Security} only to requests that came over HTTPS
 * (directly or through a trusted proxy's {@code X-Forwarded-Proto}), so a site tried out
 * over plain HTTP on a laptop is not pinned to HTTPS.
 */
public final class SecurityHeaders {

	/**
	 * Reader pages and the newsroom: no script or style from anywhere but this site, and
	 * none inline, so an injected tag has nothing to run.
	 */
	public static final String SITE_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'");

	/**
	 * Responses that are data, never a page (JSON, photos, the logo): opened on their own
	 * they may load nothing, run nothing and be framed by nobody.
	 */
	public static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'; sandbox";

	/** What a page may ask the browser for: none of the sensors or payment. */
	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private SecurityHeaders() {
	}

	/**
	 * The headers shared by every chain, with the given Content-Security-Policy (a
	 * response that sets its own keeps it).
	 */
	public static void apply(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers
			// Reader pages and API answers are cacheable; each response sets its own
			// Cache-Control.
			.cacheControl((cache) -> cache.disable())
			.contentTypeOptions((options) -> {
			})
			.httpStrictTransportSecurity(
					(hsts) -> hsts.maxAgeInSeconds(java.time.Duration.ofDays(365).toSeconds()).includeSubDomains(true))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

}
