package org.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load a server cannot carry: at most {@code max-concurrent} reader pages render at
 * once; a request that finds no turn within {@code max-wait} is answered at once with
 * 503, {@code Retry-After} and a short page, rather than queueing until every reader
 * times out. A server past its capacity (a story gone viral, a crawler, an attack) thus
 * keeps answering quickly, serves as many pages as it can, and is back to normal as soon
 * as the flood ebbs.
 * <p>
 * Only GET and HEAD requests that reach rendering count: pages the
 * {@link PageCacheFilter} answers from memory never get here (this filter runs after it),
 * and neither do writes (a comment, a newsroom save: rare, and worth their wait), the
 * newsroom, health checks and static assets.
 */
@Component
@Order(1) // after the PageCacheFilter (ahead of Spring Security): cache hits cost next to
			// nothing and are never shed
class LoadShedding extends OncePerRequestFilter {

	private static final Set<String> EXEMPT_PREFIXES = Set.of("/newsroom", "/actuator", "/assets/");

	private static final byte[] PAGE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Busy</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head>
			<body><h1>We are very busy right now</h1>
			<p>Too many readers at once: please try again in a few seconds.</p></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	private final LoadSheddingProperties properties;

	private final Semaphore turns;

	private final Counter shed;

	@Autowired
	LoadShedding(LoadSheddingProperties properties, ObjectProvider<MeterRegistry> meters) {
		this(properties, meters.getIfAvailable());
	}

	LoadShedding(LoadSheddingProperties properties, MeterRegistry registry) {
		this.properties = properties;
		this.turns = new Semaphore(Math.max(1, properties.maxConcurrent()), true);
		this.shed = (registry != null) ? Counter.builder("dateline.load.shed")
			.description("Requests answered 503 because too many pages were rendering")
			.register(registry) : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.properties.enabled()) {
			return true;
		}
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI();
		for (String prefix : EXEMPT_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean turn;
		try {
			turn = this.turns.tryAcquire(this.properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (this.shed != null) {
			this.shed.increment();
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER,
				Long.toString(Math.max(1, this.properties.retryAfter().toSeconds())));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(PAGE.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(PAGE);
		}
	}

}
