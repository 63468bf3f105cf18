package org.dateline.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on PostgreSQL: {@code websearch_to_tsquery} over the weighted {@code tsvector}
 * column and its GIN index, {@code ts_rank} scaled by recency for the newest
 * {@value SearchDialect#CANDIDATES} matches, {@code ts_headline} for the marks (computed
 * for the page shown only: it reads the whole text).
 */
class PostgresSearch implements SearchDialect {

	private static final String MATCH = "websearch_to_tsquery('dateline', :query)";

	private static final String RECENCY = SearchDialect.recency("greatest", "e.published_at");

	private static final String HEADLINE_OPTIONS = "'StartSel=\"\u0001\", StopSel=\"\u0002\", HighlightAll=true'";

	private static final String EXCERPT_OPTIONS = "'StartSel=\"\u0001\", StopSel=\"\u0002\", MaxWords=40, MinWords=20, "
			+ "MaxFragments=2, FragmentDelimiter=\" … \"'";

	private final JdbcClient jdbc;

	private final int candidates;

	PostgresSearch(JdbcClient jdbc) {
		this(jdbc, CANDIDATES);
	}

	PostgresSearch(JdbcClient jdbc, int candidates) {
		this.jdbc = jdbc;
		this.candidates = candidates;
	}

	@Override
	public int candidateLimit() {
		return this.candidates;
	}

	@Override
	public Ranked ranked(SearchQuery query, SearchFilter filter, Instant now, int limit, int offset) {
		String order = filter.newestFirst() ? "e.published_at DESC, e.article_id DESC"
				: "ts_rank(d.document, " + MATCH + ") * " + RECENCY + " DESC, e.published_at DESC, e.article_id DESC";
		Map<String, Object> params = params(query, filter, now);
		params.put("candidates", this.candidates);
		params.put("limit", limit);
		params.put("offset", offset);
		// The matches come from the GIN index as a bitmap, then the newest are kept. Left
		// to
		// itself, the planner walks the primary key backwards testing every story's
		// stored
		// tsvector (read from TOAST) until it has enough: 0.4 s for a word in 3% of
		// 100,000
		// stories (bench/bigsite.sh), where the bitmap takes a tenth of that.
		return this.jdbc
			.sql("WITH matched AS MATERIALIZED (SELECT d.article_id " + from(filter)
					+ "), candidate AS (SELECT article_id FROM matched ORDER BY article_id DESC LIMIT :candidates)"
					+ " SELECT e.article_id AS id, count(*) OVER () AS matched FROM candidate c"
					+ " JOIN search_document d ON d.article_id = c.article_id"
					+ " JOIN search_entry e ON e.article_id = c.article_id ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((org.springframework.jdbc.core.ResultSetExtractor<Ranked>) SearchDialect::ranked);
	}

	@Override
	public long count(SearchQuery query, SearchFilter filter, Instant now, int cap) {
		Map<String, Object> params = params(query, filter, now);
		params.put("cap", cap);
		return this.jdbc.sql("SELECT count(*) FROM (SELECT 1 " + from(filter) + " LIMIT :cap) m")
			.params(params)
			.query(Long.class)
			.single();
	}

	@Override
	public Map<Long, Highlights> highlights(SearchQuery query, List<Long> articleIds) {
		Map<Long, Highlights> found = new HashMap<>();
		if (articleIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT d.article_id AS id, ts_headline('dateline', d.headline, " + MATCH + ", " + HEADLINE_OPTIONS
					+ ") AS headline, ts_headline('dateline', d.body, " + MATCH + ", " + EXCERPT_OPTIONS
					+ ") AS body, ts_headline('dateline', d.dek, " + MATCH + ", " + HEADLINE_OPTIONS + ") AS dek "
					+ "FROM search_document d WHERE d.article_id IN (:ids)")
			.param("query", query.toWebSearch())
			.param("ids", articleIds)
			.query((rs) -> {
				found.put(rs.getLong("id"),
						Highlights.of(rs.getString("headline"), rs.getString("body"), rs.getString("dek")));
			});
		return found;
	}

	private static String from(SearchFilter filter) {
		StringBuilder sql = new StringBuilder(
				"FROM search_document d JOIN search_entry e ON e.article_id = d.article_id\n");
		if (filter.authorId() != null) {
			sql.append("JOIN article_author aa ON aa.article_id = d.article_id AND aa.author_id = :author\n");
		}
		sql.append("WHERE d.document @@ " + MATCH + " AND ").append(SearchIndex.VISIBLE);
		SearchIndex.appendFilter(sql, filter);
		return sql.toString();
	}

	private static Map<String, Object> params(SearchQuery query, SearchFilter filter, Instant now) {
		Map<String, Object> params = SearchIndex.filterParams(filter, now);
		params.put("query", query.toWebSearch());
		return params;
	}

}
