package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of imports and exports: overwriting an article an import made before, and
 * reading whole articles (drafts included) for an export.
 */
@Repository
class ArticleImportRepository {

	private final JdbcClient jdbc;

	ArticleImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void update(long id, NewArticle article, String bodyHtml, Instant now) {
		this.jdbc.sql("""
				UPDATE article SET section_id = :section, headline = :headline, dek = :dek, dateline = :dateline,
				       body_markdown = :markdown, body_html = :html, status = :status, hero_photo_id = :hero,
				       comments_open = :commentsOpen, published_at = :publishedAt, updated_at = :updatedAt,
				       modified_at = :now, version = version + 1
				WHERE id = :id
				""")
			.param("section", article.sectionId())
			.param("headline", article.headline())
			.param("dek", article.dek())
			.param("dateline", article.dateline())
			.param("markdown", article.bodyMarkdown())
			.param("html", bodyHtml)
			.param("status", article.status().name())
			.param("hero", article.heroPhotoId())
			.param("commentsOpen", article.commentsOpen())
			.param("publishedAt", Sql.millis(article.publishedAt()))
			.param("updatedAt", Sql.millis(article.updatedAt()))
			.param("now", Sql.millis(now))
			.param("id", id)
			.update();
	}

	void deleteCorrections(long articleId) {
		this.jdbc.sql("DELETE FROM correction WHERE article_id = :id").param("id", articleId).update();
	}

	Optional<String> slug(long id) {
		return this.jdbc.sql("SELECT slug FROM article WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/**
	 * Ids of the articles an export takes, oldest first: those of one section, or
	 * published in a period, or all when the filters are null.
	 */
	List<Long> ids(Long sectionId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT id FROM article
				WHERE (CAST(:section AS BIGINT) IS NULL OR section_id = :section)
				  AND (CAST(:from AS BIGINT) IS NULL OR published_at >= :from)
				  AND (CAST(:to AS BIGINT) IS NULL OR published_at < :to)
				ORDER BY id
				""")
			.param("section", sectionId)
			.param("from", Sql.millis(from))
			.param("to", Sql.millis(to))
			.query(Long.class)
			.list();
	}

	Optional<NewArticle> find(long id) {
		return this.jdbc.sql("""
				SELECT slug, section_id, headline, dek, dateline, body_markdown, status, hero_photo_id, comments_open,
				       published_at, updated_at
				FROM article WHERE id = :id
				""").param("id", id).query(ArticleImportRepository::mapRow).optional();
	}

	private static NewArticle mapRow(ResultSet rs, int row) throws SQLException {
		long hero = rs.getLong("hero_photo_id");
		Long heroId = rs.wasNull() ? null : hero;
		return new NewArticle(rs.getString("slug"), rs.getLong("section_id"), rs.getString("headline"),
				rs.getString("dek"), rs.getString("dateline"), rs.getString("body_markdown"),
				ArticleStatus.valueOf(rs.getString("status")), heroId, rs.getBoolean("comments_open"),
				Sql.instant(rs, "published_at"), Sql.instant(rs, "updated_at"), List.of(), List.of(), List.of());
	}

}
