package org.dateline.search;

import java.util.List;

import org.dateline.article.ArticleSummary;

/**
 * A page of search results.
 *
 * @param hits the stories on this page, the best first
 * @param total how many stories match in all
 * @param page the page, from 1
 * @param pageSize results per page
 */
public record SearchResults(List<Hit> hits, long total, int page, int pageSize) {

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	/** A story found, with its headline and an excerpt, matches marked. */
	public record Hit(ArticleSummary article, Highlights highlights) {
	}

}
