package org.dateline.web;

import java.util.Set;

/**
 * Something readers see has changed; pages tagged with any of these surrogate keys are
 * out of date. Features publish it (an article published, a comment approved); the page
 * cache and, later, CDNs purge by it.
 *
 * @param keys surrogate keys such as {@code article-12}, {@code section-world}, or
 * {@link SurrogateKeys#SITE} for everything
 */
public record ContentChanged(Set<String> keys) {

	public static ContentChanged of(String... keys) {
		return new ContentChanged(Set.of(keys));
	}

}
