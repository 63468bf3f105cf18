package org.dateline.search;

import java.util.List;

import org.dateline.article.ArticleSummary;

/**
 * A page of search results.
 *
 * @param hits the stories on this page, the best first
 * @param total how many stories match in all, up to {@link SearchService#MAX_RESULTS} and
 * one more
 * @param page the page, from 1
 * @param pageSize results per page
 */
public record SearchResults(List<Hit> hits, long total, int page, int pageSize) {

	public int pageCount() {
		long shown = Math.min(this.total, SearchService.MAX_RESULTS);
		return (int) Math.max(1, (shown + this.pageSize - 1) / this.pageSize);
	}

	/** More stories match than a reader can page through. */
	public boolean countCapped() {
		return this.total > SearchService.MAX_RESULTS;
	}

	/** A story found, with its headline and an excerpt, matches marked. */
	public record Hit(ArticleSummary article, Highlights highlights) {
	}

}
