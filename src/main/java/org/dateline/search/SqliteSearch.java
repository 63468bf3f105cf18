package org.dateline.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on SQLite's FTS5. Ranking is {@code bm25} with a match in the headline worth ten
 * in the body (dek, tags and authors in between), scaled by recency; FTS5's
 * {@code snippet} and {@code highlight} mark the matches. FTS5 walks its matches in id
 * order, so taking the newest {@value SearchDialect#CANDIDATES} stops early however
 * common the word.
 */
class SqliteSearch implements SearchDialect {

	/** bm25 weights of the columns: headline, dek, body, tags, authors. */
	private static final String BM25 = "bm25(search_index, 10.0, 4.0, 1.0, 4.0, 4.0)";

	private static final String RECENCY = SearchDialect.recency("max", "published_at");

	private final JdbcClient jdbc;

	private final int candidates;

	SqliteSearch(JdbcClient jdbc) {
		this(jdbc, CANDIDATES);
	}

	SqliteSearch(JdbcClient jdbc, int candidates) {
		this.jdbc = jdbc;
		this.candidates = candidates;
	}

	@Override
	public int candidateLimit() {
		return this.candidates;
	}

	@Override
	public Ranked ranked(SearchQuery query, SearchFilter filter, Instant now, int limit, int offset) {
		// bm25 is negative, the better the lower: scaled by the boost it stays so
		String order = filter.newestFirst() ? "published_at DESC, id DESC"
				: "score * " + RECENCY + ", published_at DESC, id DESC";
		Map<String, Object> params = params(query, filter, now);
		params.put("candidates", this.candidates);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("WITH candidate AS (SELECT search_index.rowid AS id, " + BM25 + " AS score, e.published_at "
					+ from(filter) + " ORDER BY search_index.rowid DESC LIMIT :candidates)"
					+ " SELECT id, count(*) OVER () AS matched FROM candidate ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((org.springframework.jdbc.core.ResultSetExtractor<Ranked>) SearchDialect::ranked);
	}

	@Override
	public long count(SearchQuery query, SearchFilter filter, Instant now, int cap) {
		Map<String, Object> params = params(query, filter, now);
		params.put("cap", cap);
		return this.jdbc.sql("SELECT count(*) FROM (SELECT 1 " + from(filter) + " LIMIT :cap)")
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
		this.jdbc.sql("""
				SELECT rowid AS id,
				       highlight(search_index, 0, char(1), char(2)) AS headline,
				       snippet(search_index, 2, char(1), char(2), '…', 40) AS body,
				       highlight(search_index, 1, char(1), char(2)) AS dek
				FROM search_index WHERE search_index MATCH :query AND rowid IN (:ids)
				""").param("query", query.toFts5()).param("ids", articleIds).query((rs) -> {
			found.put(rs.getLong("id"),
					Highlights.of(rs.getString("headline"), rs.getString("body"), rs.getString("dek")));
		});
		return found;
	}

	private static String from(SearchFilter filter) {
		StringBuilder sql = new StringBuilder("""
				FROM search_index JOIN search_entry e ON e.article_id = search_index.rowid
				""");
		if (filter.authorId() != null) {
			sql.append("JOIN article_author aa ON aa.article_id = search_index.rowid AND aa.author_id = :author\n");
		}
		sql.append("WHERE search_index MATCH :query AND ").append(SearchIndex.VISIBLE);
		SearchIndex.appendFilter(sql, filter);
		return sql.toString();
	}

	private static Map<String, Object> params(SearchQuery query, SearchFilter filter, Instant now) {
		Map<String, Object> params = SearchIndex.filterParams(filter, now);
		params.put("query", query.toFts5());
		return params;
	}

}
