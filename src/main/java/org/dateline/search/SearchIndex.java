package org.dateline.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.article.ArticleLabelsChanged;
import org.dateline.article.ArticleLifecycle;
import org.dateline.data.Sql;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code search_document} current: each published article's headline, dek, body as
 * plain text, and the names of its tags and authors. It listens inside the transaction
 * that publishes, changes or unpublishes a story (or renames one of its tags or authors),
 * so the index never disagrees with the site: if the change rolls back, so does the
 * index. On start it indexes any published article that has no document yet (a site
 * upgraded to a version with search, or articles written by other means).
 */
@Component
class SearchIndex implements SmartInitializingSingleton {

	/**
	 * Readers see it: its {@code search_entry} ({@code e}) exists only while it is
	 * published; and not held by an embargo.
	 */
	static final String VISIBLE = "e.published_at <= :now AND (e.embargo_at IS NULL OR e.embargo_at <= :now)";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	SearchIndex(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@EventListener
	void on(ArticleLifecycle event) {
		if (event.change() == ArticleLifecycle.Change.UNPUBLISHED) {
			remove(event.articleId());
		}
		else {
			index(event.articleId());
		}
	}

	@EventListener
	void on(ArticleLabelsChanged event) {
		List<Long> indexed = indexedAmong(event.articleIds());
		indexed.forEach(this::index);
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Long> missing = this.jdbc.sql("""
				SELECT a.id FROM article a LEFT JOIN search_entry e ON e.article_id = a.id
				WHERE a.status = 'PUBLISHED' AND a.published_at IS NOT NULL AND e.article_id IS NULL ORDER BY a.id
				""").query(Long.class).list();
		if (missing.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		for (int from = 0; from < missing.size(); from += 500) {
			List<Long> batch = missing.subList(from, Math.min(missing.size(), from + 500));
			this.transaction.executeWithoutResult((status) -> batch.forEach(this::index));
		}
		log.info("Indexed {} published articles for search in {} ms", missing.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Writes (or rewrites) the article's document, or removes it if it is not published.
	 */
	void index(long articleId) {
		Optional<Document> document = document(articleId);
		if (document.isEmpty()) {
			remove(articleId);
			return;
		}
		Document d = document.get();
		this.jdbc.sql("""
				INSERT INTO search_entry (article_id, section_id, published_at, embargo_at)
				VALUES (:id, :section, :publishedAt, :embargoAt)
				ON CONFLICT (article_id) DO UPDATE SET section_id = excluded.section_id,
				    published_at = excluded.published_at, embargo_at = excluded.embargo_at
				""")
			.param("id", articleId)
			.param("section", d.sectionId())
			.param("publishedAt", d.publishedAt())
			.param("embargoAt", d.embargoAt())
			.update();
		this.jdbc.sql("""
				INSERT INTO search_document (article_id, headline, dek, body, tags, authors)
				VALUES (:id, :headline, :dek, :body, :tags, :authors)
				ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, dek = excluded.dek,
				    body = excluded.body, tags = excluded.tags, authors = excluded.authors
				""")
			.param("id", articleId)
			.param("headline", d.headline())
			.param("dek", d.dek())
			.param("body", d.body())
			.param("tags", d.tags())
			.param("authors", d.authors())
			.update();
	}

	void remove(long articleId) {
		this.jdbc.sql("DELETE FROM search_entry WHERE article_id = :id").param("id", articleId).update();
		this.jdbc.sql("DELETE FROM search_document WHERE article_id = :id").param("id", articleId).update();
	}

	private Optional<Document> document(long articleId) {
		String tags = String.join(" · ", this.jdbc.sql("""
				SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
				WHERE at.article_id = :id ORDER BY at.position
				""").param("id", articleId).query(String.class).list());
		String authors = String.join(" · ", this.jdbc.sql("""
				SELECT au.name FROM article_author aa JOIN author au ON au.id = aa.author_id
				WHERE aa.article_id = :id ORDER BY aa.position
				""").param("id", articleId).query(String.class).list());
		return this.jdbc.sql("""
				SELECT section_id, published_at, embargo_at, headline, dek, body_html FROM article
				WHERE id = :id AND status = 'PUBLISHED' AND published_at IS NOT NULL
				""")
			.param("id", articleId)
			.query((rs, row) -> new Document(rs.getLong("section_id"), rs.getLong("published_at"),
					nullableLong(rs, "embargo_at"), plain(rs.getString("headline")), plain(rs.getString("dek")),
					plain(Jsoup.parse(rs.getString("body_html")).text()), plain(tags), plain(authors)))
			.optional();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private List<Long> indexedAmong(List<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT article_id FROM search_entry WHERE article_id IN (:ids)")
			.param("ids", articleIds)
			.query(Long.class)
			.list();
	}

	/**
	 * Text without control characters: the highlight marks ({@link Highlights#START}) are
	 * control characters, so no stored text can fake one.
	 */
	static String plain(String text) {
		return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
	}

	/** The conditions of a {@link SearchFilter}, appended to a WHERE clause. */
	static void appendFilter(StringBuilder sql, SearchFilter filter) {
		if (filter.sectionId() != null) {
			sql.append(" AND e.section_id = :section");
		}
		if (filter.from() != null) {
			sql.append(" AND e.published_at >= :from");
		}
		if (filter.until() != null) {
			sql.append(" AND e.published_at < :until");
		}
	}

	static Map<String, Object> filterParams(SearchFilter filter, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("now", Sql.millis(now));
		if (filter.sectionId() != null) {
			params.put("section", filter.sectionId());
		}
		if (filter.authorId() != null) {
			params.put("author", filter.authorId());
		}
		if (filter.from() != null) {
			params.put("from", Sql.millis(filter.from()));
		}
		if (filter.until() != null) {
			params.put("until", Sql.millis(filter.until()));
		}
		return params;
	}

	private record Document(long sectionId, long publishedAt, Long embargoAt, String headline, String dek, String body,
			String tags, String authors) {
	}

}
