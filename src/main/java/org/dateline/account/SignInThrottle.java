package org.dateline.account;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing spread over many accounts from one address, which the lock per
 * account ({@link SignInAttempts}) does not see: after {@code limit} wrong sign-ins from
 * an address, each within {@link #WINDOW} of the one before, that address's sign-ins
 * answer 429 until {@link #WINDOW} has passed without one. The address is the client's,
 * as the proxies in front report it ({@code server.forward-headers-strategy}). Counted in
 * memory, per node: on several nodes an address gets {@code limit} tries on each, which
 * still turns hours of guessing into years.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final int limit;

	private final String signInPath;

	/** Wrong sign-ins by address; an entry is forgotten a window after its last one. */
	private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(100_000)
		.build();

	SignInThrottle(int limit, String signInPath) {
		this.limit = limit;
		this.signInPath = signInPath;
	}

	void failed(String address) {
		if (address == null) {
			return;
		}
		// compute (not get) so that every failure restarts the entry's window
		this.failures.asMap().compute(address, (key, count) -> {
			AtomicInteger next = new AtomicInteger(count == null ? 1 : count.get() + 1);
			if (next.get() == this.limit) {
				log.warn("Newsroom sign-ins from {} paused for {} minutes after {} wrong passwords", key,
						WINDOW.toMinutes(), this.limit);
			}
			return next;
		});
	}

	boolean throttled(String address) {
		AtomicInteger count = this.failures.getIfPresent(address);
		return count != null && count.get() >= this.limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.signInPath.equals(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttled(request.getRemoteAddr())) {
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

}
