package org.dateline.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered page as the page cache keeps it: the bytes, plain and gzipped, and what to
 * send with them.
 *
 * @param etag the validator the page set for itself (a feed does), or a hash of the body
 * @param lastModified when the page said its content last changed, or when it was
 * rendered
 * @param links the {@code Link} headers the page sent (a feed's WebSub hub and self)
 * @param securityHeaders the security headers Spring Security gave the page when it was
 * rendered, by name: a cache hit is answered before Spring Security runs
 */
record CachedPage(int status, String contentType, String contentLanguage, String location, byte[] body, byte[] gzipped,
		String etag, Instant renderedAt, Set<String> keys, Instant lastModified, List<String> links,
		Map<String, String> securityHeaders) {

	int weight() {
		return this.body.length + this.gzipped.length + 512;
	}

	boolean taggedWithAny(Set<String> purged) {
		for (String key : purged) {
			if (this.keys.contains(key)) {
				return true;
			}
		}
		return false;
	}

}
