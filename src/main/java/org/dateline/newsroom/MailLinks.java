package org.dateline.newsroom;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.web.Pages;

import org.springframework.stereotype.Component;

/**
 * The address links in account mail point at. Without a configured base URL, pages use
 * the address the request came in on; a mail anyone can trigger must not, or a forged
 * {@code Host} header would send a victim's reset link to the forger's server. So
 * anonymous requests get links only from the configured base URL, or on a machine reached
 * as localhost (a newsroom trying Dateline out).
 */
@Component
class MailLinks {

	private static final Logger log = LoggerFactory.getLogger(MailLinks.class);

	private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final Pages pages;

	MailLinks(Pages pages) {
		this.pages = pages;
	}

	/** For mail a signed-in person sends: the site as they reach it. */
	UnaryOperator<String> signedIn() {
		return this.pages::absolute;
	}

	/** For mail anyone may trigger: only a trustworthy address, or none. */
	Optional<UnaryOperator<String>> anonymous(HttpServletRequest request) {
		if (this.pages.site().hasBaseUrl() || LOCAL_NAMES.contains(request.getServerName())) {
			return Optional.of(this.pages::absolute);
		}
		log.warn("A password reset was asked for, but the site's address is not set (dateline.site.base-url, or "
				+ "Settings in the newsroom), so no link can be mailed safely");
		return Optional.empty();
	}

}
