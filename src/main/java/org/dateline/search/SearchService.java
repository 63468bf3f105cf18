package org.dateline.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.dateline.article.ArticleService;
import org.dateline.article.ArticleSummary;

import org.springframework.stereotype.Service;

/**
 * Searches published stories: ranks a page of them in the database, then loads their
 * teasers and the highlighted headline and excerpt of each.
 */
@Service
public class SearchService {

	/**
	 * Results a reader can page through; past this a count says "more than", and readers
	 * refine their words.
	 */
	static final int MAX_RESULTS = 1000;

	private final SearchDialect dialect;

	private final ArticleService articles;

	private final Clock clock;

	SearchService(SearchDialect dialect, ArticleService articles, Clock clock) {
		this.dialect = dialect;
		this.articles = articles;
		this.clock = clock;
	}

	/**
	 * One page of results, the best first, and how many match (up to the cap), from one
	 * walk over the matches; a second query counts only for a page past the first that
	 * comes back empty. No transaction: on SQLite every transaction takes the write lock
	 * (IMMEDIATE), which would queue searches behind each other and behind every comment.
	 * @param page from 1
	 */
	SearchResults search(SearchQuery query, SearchFilter filter, int page, int pageSize) {
		if (query.isEmpty()) {
			return new SearchResults(List.of(), 0, page, pageSize);
		}
		Instant now = this.clock.instant();
		int cap = MAX_RESULTS + 1;
		SearchDialect.Ranked ranked = this.dialect.ranked(query, filter, now, pageSize, (page - 1) * pageSize);
		List<Long> ids = ranked.ids();
		long total;
		if (!ids.isEmpty() && cap <= this.dialect.candidateLimit()) {
			// the ranking saw min(matches, candidates) matches: the count up to the cap
			total = Math.min(ranked.matched(), cap);
		}
		else if (ids.isEmpty() && page == 1) {
			total = 0;
		}
		else {
			total = this.dialect.count(query, filter, now, cap);
		}
		Map<Long, Highlights> highlights = this.dialect.highlights(query, ids);
		List<SearchResults.Hit> hits = this.articles.summaries(ids)
			.stream()
			.map((summary) -> new SearchResults.Hit(summary, highlights.getOrDefault(summary.id(), plain(summary))))
			.toList();
		return new SearchResults(hits, total, page, pageSize);
	}

	private static Highlights plain(ArticleSummary summary) {
		return new Highlights(SearchIndex.plain(summary.headline()), SearchIndex.plain(summary.dek()));
	}

}
