package org.dateline.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The database's own full-text search: SQLite's FTS5 or PostgreSQL's {@code tsvector}.
 * Everything else about search is the same SQL on both.
 */
interface SearchDialect {

	/**
	 * A page of matching, published, unembargoed articles, the best first: relevance with
	 * a boost for recent stories, or newest first when the filter says so. Both orders
	 * rank the newest {@value #CANDIDATES} matches (by id, which follows the order
	 * stories were written in): a word in every other story would otherwise cost a
	 * ranking of tens of thousands of them for the ten shown.
	 */
	default List<Long> rank(SearchQuery query, SearchFilter filter, Instant now, int limit, int offset) {
		return ranked(query, filter, now, limit, offset).ids();
	}

	/**
	 * {@link #rank}, with how many matches were ranked: the newest
	 * {@link #candidateLimit()} or all of them when there are fewer. That is the count of
	 * all matches up to that limit, found in the same pass: a search needs no second walk
	 * over its matches to say how many there are.
	 */
	Ranked ranked(SearchQuery query, SearchFilter filter, Instant now, int limit, int offset);

	/**
	 * A page of ranked ids.
	 *
	 * @param matched how many matches were ranked; unknown (-1) when the page is empty
	 */
	record Ranked(List<Long> ids, long matched) {
	}

	/** The rows of a ranking query: {@code id}, and {@code matched} on every row. */
	static Ranked ranked(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<Long> ids = new java.util.ArrayList<>();
		long matched = -1;
		while (rs.next()) {
			ids.add(rs.getLong("id"));
			matched = rs.getLong("matched");
		}
		return new Ranked(List.copyOf(ids), matched);
	}

	/** How many of the newest matches {@link #rank} ranks at most. */
	int candidateLimit();

	/**
	 * How many published articles match, counted up to {@code cap}: "more than a
	 * thousand" is all a reader needs of a larger number.
	 */
	long count(SearchQuery query, SearchFilter filter, Instant now, int cap);

	/** How many of the newest matches are ranked; see {@link #rank}. */
	int CANDIDATES = 3000;

	/**
	 * The headline, and an excerpt of the body (or the dek) around the matches, for each
	 * of these articles, with every match between {@link Highlights#START} and
	 * {@link Highlights#END}.
	 */
	Map<Long, Highlights> highlights(SearchQuery query, List<Long> articleIds);

	/**
	 * How much being new counts, as a factor on relevance: 1.5 for a story published
	 * today, 1.25 for one a week old ({@value #RECENCY_DAYS} days), 1.1 a month old,
	 * barely above 1 a year old. Enough to put today's story first among equally good
	 * matches, not enough to bury a story whose headline is about the words under one
	 * that mentions them once.
	 */
	int RECENCY_DAYS = 7;

	/**
	 * The recency factor in SQL, given {@code :now}.
	 * @param max the SQL function of the larger of two values
	 * @param publishedAt the column of the publication time
	 */
	static String recency(String max, String publishedAt) {
		return "(1.0 + 0.5 / (1.0 + " + max + "(0, :now - " + publishedAt + ") / (86400000.0 * " + RECENCY_DAYS + ")))";
	}

}
