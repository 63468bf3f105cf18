package org.dateline.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on PostgreSQL: {@code websearch_to_tsquery} over the weighted {@code tsvector}
 * column and its GIN index, {@code ts_rank} scaled by recency, {@code ts_headline} for
 * the marks (computed for the page shown only: it reads the whole text).
 */
class PostgresSearch implements SearchDialect {

	private static final String MATCH = "websearch_to_tsquery('english', :query)";

	private static final String RECENCY = SearchDialect.recency("greatest");

	private static final String HEADLINE_OPTIONS = "'StartSel=\"\u0001\", StopSel=\"\u0002\", HighlightAll=true'";

	private static final String EXCERPT_OPTIONS = "'StartSel=\"\u0001\", StopSel=\"\u0002\", MaxWords=40, MinWords=20, "
			+ "MaxFragments=2, FragmentDelimiter=\" … \"'";

	private final JdbcClient jdbc;

	PostgresSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> rank(SearchQuery query, SearchFilter filter, Instant now, int limit, int offset) {
		String order = filter.newestFirst() ? "a.published_at DESC, a.id DESC"
				: "ts_rank(d.document, " + MATCH + ") * " + RECENCY + " DESC, a.published_at DESC, a.id DESC";
		Map<String, Object> params = params(query, filter, now);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql("SELECT a.id " + from(filter) + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Long.class)
			.list();
	}

	@Override
	public long count(SearchQuery query, SearchFilter filter, Instant now) {
		return this.jdbc.sql("SELECT count(*) " + from(filter))
			.params(params(query, filter, now))
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
			.sql("SELECT d.article_id AS id, ts_headline('english', d.headline, " + MATCH + ", " + HEADLINE_OPTIONS
					+ ") AS headline, ts_headline('english', d.body, " + MATCH + ", " + EXCERPT_OPTIONS
					+ ") AS body, ts_headline('english', d.dek, " + MATCH + ", " + HEADLINE_OPTIONS + ") AS dek "
					+ "FROM search_document d WHERE d.article_id IN (:ids)")
			.param("query", query.toWebSearch())
			.param("ids", articleIds)
			.query((rs) -> {
				found.put(rs.getLong("id"),
						SqliteSearch.excerpt(rs.getString("headline"), rs.getString("body"), rs.getString("dek")));
			});
		return found;
	}

	private static String from(SearchFilter filter) {
		StringBuilder sql = new StringBuilder("FROM search_document d JOIN article a ON a.id = d.article_id\n");
		if (filter.authorId() != null) {
			sql.append("JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :author\n");
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
