package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer for a feed or sitemap: its type with the charset, a strong {@code ETag} of
 * its bytes and {@code Last-Modified} from its content, so Spring MVC answers
 * {@code If-None-Match} and {@code If-Modified-Since} with 304 (and the page cache does
 * the same with its copy). Feeds also send their {@code self} and WebSub hubs as
 * {@code Link} headers.
 */
final class XmlResponses {

	static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private XmlResponses() {
	}

	static ResponseEntity<byte[]> xml(MediaType type, byte[] body, Instant lastModified) {
		return builder(type, body, lastModified).body(body);
	}

	static ResponseEntity<byte[]> feed(MediaType type, byte[] body, Feed feed, String selfUrl) {
		List<String> links = new ArrayList<>();
		for (String hub : feed.hubs()) {
			links.add("<" + hub + ">; rel=\"hub\"");
		}
		links.add("<" + selfUrl + ">; rel=\"self\"");
		return builder(type, body, feed.updated()).header(HttpHeaders.LINK, links.toArray(String[]::new)).body(body);
	}

	private static ResponseEntity.BodyBuilder builder(MediaType type, byte[] body, Instant lastModified) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(type).eTag(etag(body));
		if (lastModified != null) {
			builder.lastModified(lastModified);
		}
		return builder;
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

}
