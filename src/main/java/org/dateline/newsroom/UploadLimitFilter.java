package org.dateline.newsroom;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a photo upload larger than {@code spring.servlet.multipart} allows with the
 * media library's own message next to the file field, instead of a refusal for a missing
 * form token.
 * <p>
 * The servlet container stops reading an upload at the limit, and then the form's fields
 * (the CSRF token among them) are lost with it, so Spring Security would answer 403. This
 * filter runs just before Spring Security and asks for the upload's parts itself: it is
 * the same parse Spring Security's CSRF check triggers a moment later, for signed-in and
 * anonymous requests alike, so it exposes nothing new. When the parse fails for size it
 * sends the browser back to the library with the reason, which only a signed-in person
 * can see.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !("POST".equals(request.getMethod()) && MediaLibraryController.UPLOAD.equals(request.getRequestURI())
				&& type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			if (!tooLarge(ex)) {
				throw ex;
			}
			log.info("Refused an upload of {} bytes: larger than the multipart limits", request.getContentLengthLong());
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location",
					MediaLibraryController.LIBRARY + "?refused=" + MediaLibraryController.REFUSED_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Tomcat reports the limits as a size exception inside its own. */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (name.contains("Size") || (message.contains("size") && message.contains("exceed"))) {
				return true;
			}
		}
		return false;
	}

}
