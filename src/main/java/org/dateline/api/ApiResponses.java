package org.dateline.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes every successful API response: JSON from the response records (snake_case, every
 * documented field present, null when empty), a strong {@code ETag} over the exact bytes
 * (Spring answers a matching {@code If-None-Match} with 304), and {@code Cache-Control}
 * for browsers and CDNs. ninjs keeps its own field names and leaves out what is absent,
 * as its schema wants.
 */
@Component
class ApiResponses {

	/**
	 * Short: the API is not purged like the page cache, so an unpublished story must drop
	 * out of CDNs within a minute; a CDN may keep serving a copy while the origin is
	 * down.
	 */
	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60))
		.cachePublic()
		.sMaxAge(Duration.ofSeconds(60))
		.staleWhileRevalidate(Duration.ofSeconds(60))
		.staleIfError(Duration.ofDays(1));

	private final JsonMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private final JsonMapper ninjs = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	ResponseEntity<byte[]> json(Object body) {
		return ok(this.json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, null);
	}

	/**
	 * A page with a {@code Link: <next>; rel="next"} header when there is a next page.
	 */
	ResponseEntity<byte[]> json(Object body, String next) {
		return ok(this.json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, next);
	}

	ResponseEntity<byte[]> ninjs(Object body) {
		return ok(this.ninjs.writeValueAsBytes(body), MediaType.APPLICATION_JSON, null);
	}

	ResponseEntity<byte[]> document(byte[] body, MediaType type) {
		return ok(body, type, null);
	}

	private static ResponseEntity<byte[]> ok(byte[] body, MediaType type, String next) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.eTag(etag(body))
			.cacheControl(CACHE)
			.header("X-Content-Type-Options", "nosniff");
		if (next != null) {
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(body);
	}

	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
