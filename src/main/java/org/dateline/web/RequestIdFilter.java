package org.dateline.web;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in every log line it causes ({@code requestId} in the MDC)
 * and in the {@code X-Request-Id} response header, so a reader's report can be matched to
 * the logs. An id sent by a trusted proxy is kept when it looks like one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader(HEADER);
		if (id == null || !VALID.matcher(id).matches()) {
			// Unique enough to find a request in the logs; not a secret, so no
			// SecureRandom (whose shared lock
			// every request would queue on).
			ThreadLocalRandom random = ThreadLocalRandom.current();
			id = Long.toHexString(random.nextLong() | Long.MIN_VALUE)
					+ Long.toHexString(random.nextLong() | Long.MIN_VALUE);
		}
		MDC.put("requestId", id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
