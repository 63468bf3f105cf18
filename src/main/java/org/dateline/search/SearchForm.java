package org.dateline.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The search form as the reader filled it in, kept as typed so the page shows it back.
 *
 * @param q the words
 * @param section a section's slug, or empty
 * @param author an author's slug, or empty
 * @param from the first day, as typed ({@code 2026-03-01})
 * @param to the last day, as typed
 * @param sort {@code newest}, or empty for the most relevant first
 */
public record SearchForm(String q, String section, String author, String from, String to, String sort) {

	public boolean newestFirst() {
		return "newest".equals(this.sort);
	}

	public boolean hasFilters() {
		return !this.section.isEmpty() || !this.author.isEmpty() || !this.from.isEmpty() || !this.to.isEmpty();
	}

	/** This search's URL on another page of results. */
	public String url(int page) {
		StringBuilder url = new StringBuilder("/search?q=").append(encode(this.q));
		param(url, "section", this.section);
		param(url, "author", this.author);
		param(url, "from", this.from);
		param(url, "to", this.to);
		param(url, "sort", this.sort);
		if (page > 1) {
			url.append("&page=").append(page);
		}
		return url.toString();
	}

	/** The same words, without any filter. */
	public String withoutFilters() {
		return new SearchForm(this.q, "", "", "", "", this.sort).url(1);
	}

	/** The same search, ordered the other way. */
	public String sortedBy(String order) {
		return new SearchForm(this.q, this.section, this.author, this.from, this.to, order).url(1);
	}

	private static void param(StringBuilder url, String name, String value) {
		if (!value.isEmpty()) {
			url.append('&').append(name).append('=').append(encode(value));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
