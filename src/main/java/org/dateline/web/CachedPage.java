package org.dateline.web;

import java.time.Instant;
import java.util.Set;

/**
 * A rendered page as the page cache keeps it: the bytes, plain and gzipped, and what to
 * send with them.
 */
record CachedPage(int status, String contentType, String contentLanguage, String location, byte[] body, byte[] gzipped,
		String etag, Instant renderedAt, Set<String> keys) {

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
