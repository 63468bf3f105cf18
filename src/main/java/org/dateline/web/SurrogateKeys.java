package org.dateline.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The surrogate keys of the page being rendered: what it shows, so a change to any of it
 * purges the page from the page cache and from CDNs ({@code Surrogate-Key} header). Every
 * page also carries {@link #SITE}.
 */
public final class SurrogateKeys {

	/**
	 * Carried by every page: purging it empties the cache (a new section, changed
	 * settings).
	 */
	public static final String SITE = "site";

	static final String ATTRIBUTE = SurrogateKeys.class.getName();

	private SurrogateKeys() {
	}

	public static void add(HttpServletRequest request, String... keys) {
		keys(request).addAll(Set.of(keys));
	}

	@SuppressWarnings("unchecked")
	static Set<String> keys(HttpServletRequest request) {
		Object keys = request.getAttribute(ATTRIBUTE);
		if (keys == null) {
			keys = new LinkedHashSet<>(Set.of(SITE));
			request.setAttribute(ATTRIBUTE, keys);
		}
		return (Set<String>) keys;
	}

	public static String article(long id) {
		return "article-" + id;
	}

	public static String section(String slug) {
		return "section-" + slug;
	}

	public static String tag(String slug) {
		return "tag-" + slug;
	}

	public static String author(String slug) {
		return "author-" + slug;
	}

	public static final String FRONT = "front";

}
