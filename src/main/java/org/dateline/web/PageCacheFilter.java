package org.dateline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' page views from the {@link PageCache}, with conditional GET
 * ({@code ETag} or {@code Last-Modified}, 304), gzip, {@code Cache-Control} for browsers
 * and CDNs and {@code Surrogate-Key} for purging them. Staff (who have a session),
 * readers with comments of their own awaiting moderation, forms, the newsroom and the API
 * get pages rendered for them alone; so does any response that sets a cookie or says it
 * is private.
 */
@Component
// Ahead of Spring Security (-100): a hit costs no trip through its filters, and gets the
// security headers the page was rendered with. A page is only rendered for the cache, and
// only served from it, to a reader without a session, to whom the site's rules grant
// every cacheable address; a miss goes through Spring Security as any request does.
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class PageCacheFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PageCacheFilter.class);

	static final String X_CACHE = "X-Cache";

	/**
	 * Cookies that make a page personal: a staff session, or the reader's pending
	 * comments.
	 */
	private static final Set<String> PERSONAL_COOKIES = Set.of("JSESSIONID", "SESSION", "dateline_pending");

	private static final Pattern PAGE_QUERY = Pattern.compile("page=[1-9][0-9]{0,4}");

	/** What Spring Security adds to a page ({@link SecurityHeaders}), kept with it. */
	private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
			"X-Frame-Options", "X-XSS-Protection", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security",
			"Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy");

	private static final Set<String> UNCACHED_PREFIXES = Set.of("/newsroom", "/actuator", "/comments", "/media/",
			"/assets/", "/error", "/api/");

	private final PageCache cache;

	PageCacheFilter(PageCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.cache.enabled()) {
			return true;
		}
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI();
		for (String prefix : UNCACHED_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		String query = request.getQueryString();
		if (query != null && !PAGE_QUERY.matcher(query).matches()) {
			return true; // replies, moderation views, tracking parameters: rendered,
							// never stored
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (PERSONAL_COOKIES.contains(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		CachedPage cached = this.cache.get(key);
		if (cached != null && this.cache.isFresh(cached)) {
			serve(cached, "HIT", request, response);
			return;
		}
		CompletableFuture<CachedPage> inProgress = this.cache.claim(key);
		if (inProgress != null) {
			// Someone is rendering this page: the previous copy will do meanwhile, or
			// wait for theirs.
			if (cached != null && this.cache.isUsableStale(cached)) {
				serve(cached, "STALE", request, response);
				return;
			}
			CachedPage theirs = await(inProgress);
			if (theirs != null) {
				serve(theirs, "HIT", request, response);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		CachedPage rendered = null;
		try {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			// what is stored is the whole page, whatever this reader already has; serve()
			// answers their conditions
			try {
				chain.doFilter(new UnconditionalRequest(request), wrapper);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				// the database is down, say: the last good copy beats an error page
				if (cached == null || !this.cache.isUsableStale(cached) || response.isCommitted()) {
					throw ex;
				}
				log.warn("Serving a stale copy of {}: rendering it failed with {}", key, ex.toString());
				wrapper.resetBuffer();
				serve(cached, "STALE-IF-ERROR", request, response);
				return;
			}
			if (wrapper.getStatus() >= 500 && cached != null && this.cache.isUsableStale(cached)) {
				wrapper.resetBuffer();
				serve(cached, "STALE-IF-ERROR", request, response);
				return;
			}
			rendered = cacheable(wrapper, request);
			if (rendered == null) {
				wrapper.copyBodyToResponse();
				return;
			}
			this.cache.put(key, rendered);
			wrapper.resetBuffer();
			serve(rendered, "MISS", request, response);
		}
		finally {
			this.cache.rendered(key, rendered);
		}
	}

	private static CachedPage await(CompletableFuture<CachedPage> render) {
		try {
			return render.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** The page as the cache keeps it, or null when this response must not be shared. */
	private CachedPage cacheable(ContentCachingResponseWrapper response, HttpServletRequest request) {
		int status = response.getStatus();
		if (status != 200 && status != 301) {
			return null;
		}
		if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return null;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
			return null;
		}
		String contentType = response.getContentType();
		if (status == 200 && (contentType == null
				|| !(contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json")))) {
			return null;
		}
		byte[] body = response.getContentAsByteArray();
		String etag = response.getHeader(HttpHeaders.ETAG);
		Instant now = this.cache.now();
		return new CachedPage(status, contentType, response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
				response.getHeader(HttpHeaders.LOCATION), body, gzip(body), (etag != null) ? etag : etag(body), now,
				Set.copyOf(SurrogateKeys.keys(request)), lastModified(response, now),
				List.copyOf(response.getHeaders(HttpHeaders.LINK)), securityHeaders(response));
	}

	private static Map<String, String> securityHeaders(HttpServletResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : SECURITY_HEADERS) {
			String value = response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return Collections.unmodifiableMap(headers);
	}

	/** The page's own {@code Last-Modified}, when it set one; otherwise {@code now}. */
	private static Instant lastModified(ContentCachingResponseWrapper response, Instant now) {
		String header = response.getHeader(HttpHeaders.LAST_MODIFIED);
		if (header == null) {
			return now;
		}
		try {
			return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return now;
		}
	}

	private void serve(CachedPage page, String outcome, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		PageCacheProperties properties = this.cache.properties();
		response.setHeader(X_CACHE, outcome);
		page.securityHeaders().forEach(response::setHeader);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		for (int i = 0; i < page.links().size(); i++) {
			// set, then add: a page just rendered has already sent its own
			if (i == 0) {
				response.setHeader(HttpHeaders.LINK, page.links().get(i));
			}
			else {
				response.addHeader(HttpHeaders.LINK, page.links().get(i));
			}
		}
		response.setHeader(HttpHeaders.AGE, Long.toString(Math.max(0, this.cache.age(page).toSeconds())));
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				"public, max-age=" + properties.browserMaxAge().toSeconds() + ", s-maxage="
						+ properties.sharedMaxAge().toSeconds() + ", stale-while-revalidate="
						+ properties.freshFor().toSeconds() + ", stale-if-error=" + properties.staleFor().toSeconds());
		response.setHeader("Surrogate-Key", String.join(" ", page.keys()));
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (page.status() == 301) {
			response.setStatus(301);
			response.setHeader(HttpHeaders.LOCATION, page.location());
			return;
		}
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(page.status());
		response.setContentType(page.contentType());
		boolean gzip = acceptsGzip(request);
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * RFC 9110: {@code If-None-Match} decides when it is sent; only without it does
	 * {@code If-Modified-Since} (to the second).
	 */
	private static boolean notModified(HttpServletRequest request, CachedPage page) {
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
			return matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), page.etag());
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false; // not a date: ignored, as RFC 9110 says
		}
		return since >= 0 && page.lastModified().getEpochSecond() <= since / 1000;
	}

	private static boolean matches(java.util.Enumeration<String> ifNoneMatch, String etag) {
		while (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
			for (String candidate : ifNoneMatch.nextElement().split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accept != null && accept.contains("gzip");
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The request without the conditions of the reader who happened to ask first, so the
	 * page rendered for the cache is the whole page, never an empty 304.
	 */
	private static final class UnconditionalRequest extends HttpServletRequestWrapper {

		private static final Set<String> CONDITIONS = Set.of("if-none-match", "if-modified-since");

		UnconditionalRequest(HttpServletRequest request) {
			super(request);
		}

		private static boolean hidden(String name) {
			return name != null && CONDITIONS.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return hidden(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
			names.removeIf(UnconditionalRequest::hidden);
			return Collections.enumeration(names);
		}

	}

}
