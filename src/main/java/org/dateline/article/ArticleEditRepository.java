package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newsroom's side of articles: drafts with their version for optimistic locking,
 * revisions, preview links and the scheduled articles due to go out. Reader queries are
 * in {@link ArticleRepository}.
 */
@Repository
class ArticleEditRepository {

	private static final String EDITABLE = """
			SELECT a.id, a.version, a.status, a.slug, a.section_id, s.slug AS section_slug, a.headline, a.dek,
			       a.dateline, a.body_markdown, a.hero_photo_id, a.comments_open, a.published_at, a.updated_at,
			       a.created_at, a.modified_at, a.created_by, a.embargo_at
			FROM article a JOIN section s ON s.id = a.section_id
			""";

	private final JdbcClient jdbc;

	ArticleEditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, int version, ArticleStatus status, String slug, long sectionId, String sectionSlug,
			String headline, String dek, String dateline, String bodyMarkdown, Long heroPhotoId, boolean commentsOpen,
			Instant publishedAt, Instant updatedAt, Instant createdAt, Instant modifiedAt, Long createdBy,
			Instant embargoAt) {
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql(EDITABLE + "WHERE a.id = :id")
			.param("id", id)
			.query(ArticleEditRepository::mapRow)
			.optional();
	}

	/**
	 * Whether another article has, or had, this slug (its old URLs still redirect to it).
	 */
	boolean slugTaken(String slug, long exceptArticle) {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM article WHERE slug = :slug AND id <> :id)
				     + (SELECT count(*) FROM article_slug_history WHERE slug = :slug AND article_id <> :id)
				""").param("slug", slug).param("id", exceptArticle).query(Long.class).single() > 0;
	}

	long insertDraft(ArticleDraft draft, String slug, String html, long staffId, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO article (slug, section_id, headline, dek, dateline, body_markdown, body_html, status,
				                     hero_photo_id, comments_open, embargo_at, created_by, updated_by, created_at,
				                     modified_at)
				VALUES (:slug, :section, :headline, :dek, :dateline, :markdown, :html, 'DRAFT', :hero, :commentsOpen,
				        :embargo, :staff, :staff, :now, :now)
				RETURNING id
				""").params(columns(draft, slug, html, staffId, now)).query(Long.class).single();
	}

	/** The named parameters a draft fills, as both the insert and the update use them. */
	private static Map<String, Object> columns(ArticleDraft draft, String slug, String html, long staffId,
			Instant now) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("slug", slug);
		columns.put("section", draft.sectionId());
		columns.put("headline", draft.headline());
		columns.put("dek", draft.dek());
		columns.put("dateline", draft.dateline());
		columns.put("markdown", draft.bodyMarkdown());
		columns.put("html", html);
		columns.put("hero", draft.heroPhotoId());
		columns.put("commentsOpen", draft.commentsOpen());
		columns.put("embargo", Sql.millis(draft.embargoAt()));
		columns.put("staff", staffId);
		columns.put("now", Sql.millis(now));
		return columns;
	}

	/**
	 * Saves the draft over version {@code expected}; false when someone saved in between.
	 */
	boolean update(long id, int expected, ArticleDraft draft, String slug, String html, long staffId, Instant now,
			Instant updatedAt) {
		return this.jdbc.sql("""
				UPDATE article SET slug = :slug, section_id = :section, headline = :headline, dek = :dek,
				       dateline = :dateline, body_markdown = :markdown, body_html = :html, hero_photo_id = :hero,
				       comments_open = :commentsOpen, embargo_at = :embargo, updated_by = :staff, modified_at = :now,
				       updated_at = COALESCE(:updatedAt, updated_at), version = version + 1
				WHERE id = :id AND version = :expected
				""")
			.params(columns(draft, slug, html, staffId, now))
			.param("updatedAt", Sql.millis(updatedAt))
			.param("id", id)
			.param("expected", expected)
			.update() == 1;
	}

	/**
	 * Moves the article to a status over version {@code expected}; false when someone
	 * saved in between.
	 */
	boolean setStatus(long id, int expected, ArticleStatus status, Instant publishedAt, long staffId, Instant now) {
		return this.jdbc.sql("""
				UPDATE article SET status = :status, published_at = :publishedAt, updated_by = :staff,
				       modified_at = :now, version = version + 1
				WHERE id = :id AND version = :expected
				""")
			.param("status", status.name())
			.param("publishedAt", Sql.millis(publishedAt))
			.param("staff", staffId)
			.param("now", Sql.millis(now))
			.param("id", id)
			.param("expected", expected)
			.update() == 1;
	}

	/**
	 * Scheduled articles whose time has come and whose embargo, if any, has lifted: an
	 * embargo set after the article was scheduled holds it back.
	 */
	List<Long> dueForPublishing(Instant now) {
		return this.jdbc.sql("""
				SELECT id FROM article
				WHERE status = 'SCHEDULED' AND published_at <= :now AND (embargo_at IS NULL OR embargo_at <= :now)
				ORDER BY published_at
				""").param("now", Sql.millis(now)).query(Long.class).list();
	}

	/**
	 * Publishes a scheduled article whose time has come. Only one caller can win for each
	 * article, so on several nodes it is published once. One held back by its embargo
	 * goes out with the embargo's time, never an earlier one.
	 */
	boolean publishScheduled(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE article SET status = 'PUBLISHED', modified_at = :now, version = version + 1,
				       published_at = CASE WHEN embargo_at > published_at THEN embargo_at ELSE published_at END
				WHERE id = :id AND status = 'SCHEDULED' AND published_at <= :now
				  AND (embargo_at IS NULL OR embargo_at <= :now)
				""").param("id", id).param("now", Sql.millis(now)).update() == 1;
	}

	void insertSlugHistory(long articleId, String oldSlug) {
		this.jdbc.sql("""
				INSERT INTO article_slug_history (slug, article_id) VALUES (:slug, :id)
				ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id
				""").param("slug", oldSlug).param("id", articleId).update();
	}

	void forgetSlugHistory(String slug) {
		this.jdbc.sql("DELETE FROM article_slug_history WHERE slug = :slug").param("slug", slug).update();
	}

	long insertRevision(long articleId, int version, ArticleDraft draft, Long staffId, Instant at, String note) {
		return this.jdbc.sql("""
				INSERT INTO article_revision (article_id, version, headline, dek, slug, section_id, dateline,
				                              body_markdown, hero_photo_id, tags, author_ids, saved_by, saved_at, note)
				VALUES (:article, :version, :headline, :dek, :slug, :section, :dateline, :markdown, :hero, :tags,
				        :authors, :staff, :at, :note)
				RETURNING id
				""")
			.param("article", articleId)
			.param("version", version)
			.param("headline", draft.headline())
			.param("dek", draft.dek())
			.param("slug", draft.slug())
			.param("section", draft.sectionId())
			.param("dateline", draft.dateline())
			.param("markdown", draft.bodyMarkdown())
			.param("hero", draft.heroPhotoId())
			.param("tags", String.join("\n", draft.tagNames()))
			.param("authors", String.join(",", draft.authorIds().stream().map(String::valueOf).toList()))
			.param("staff", staffId)
			.param("at", Sql.millis(at))
			.param("note", note)
			.query(Long.class)
			.single();
	}

	List<Revision> revisions(long articleId) {
		return this.jdbc.sql(REVISION + "WHERE r.article_id = :article ORDER BY r.id DESC")
			.param("article", articleId)
			.query(ArticleEditRepository::mapRevision)
			.list();
	}

	Optional<Revision> revision(long articleId, long revisionId) {
		return this.jdbc.sql(REVISION + "WHERE r.article_id = :article AND r.id = :id")
			.param("article", articleId)
			.param("id", revisionId)
			.query(ArticleEditRepository::mapRevision)
			.optional();
	}

	Optional<String> lastSavedBy(long articleId) {
		return this.jdbc.sql("""
				SELECT COALESCE(u.name, 'someone') FROM article a LEFT JOIN staff_user u ON u.id = a.updated_by
				WHERE a.id = :id
				""").param("id", articleId).query(String.class).optional();
	}

	void insertPreview(String tokenHash, long articleId, long staffId, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO article_preview (token_hash, article_id, created_by, expires_at)
				VALUES (:hash, :article, :staff, :expires)
				""")
			.param("hash", tokenHash)
			.param("article", articleId)
			.param("staff", staffId)
			.param("expires", Sql.millis(expiresAt))
			.update();
	}

	Optional<Long> previewArticle(String tokenHash, Instant now) {
		return this.jdbc.sql("SELECT article_id FROM article_preview WHERE token_hash = :hash AND expires_at > :now")
			.param("hash", tokenHash)
			.param("now", Sql.millis(now))
			.query(Long.class)
			.optional();
	}

	/** Articles for the newsroom's list, filtered; {@code query} matches the headline. */
	List<ListedArticle> list(ArticleFilter filter, int limit, int offset) {
		StringBuilder sql = new StringBuilder("""
				SELECT a.id, a.headline, a.status, a.slug, s.name AS section_name, a.published_at, a.modified_at,
				       a.embargo_at, COALESCE(u.name, '') AS updated_by
				FROM article a JOIN section s ON s.id = a.section_id LEFT JOIN staff_user u ON u.id = a.updated_by
				WHERE 1 = 1
				""");
		List<Object[]> params = new ArrayList<>();
		if (filter.status() != null) {
			sql.append(" AND a.status = :status");
			params.add(new Object[] { "status", filter.status().name() });
		}
		if (filter.sectionId() != null) {
			sql.append(" AND a.section_id = :section");
			params.add(new Object[] { "section", filter.sectionId() });
		}
		if (filter.authorId() != null) {
			sql.append(
					" AND EXISTS (SELECT 1 FROM article_author aa WHERE aa.article_id = a.id AND aa.author_id = :author)");
			params.add(new Object[] { "author", filter.authorId() });
		}
		if (filter.createdBy() != null) {
			// their own: written by them, or filed under their byline
			// (ArticleEditing.isOwn)
			sql.append(" AND (a.created_by = :createdBy OR EXISTS (SELECT 1 FROM article_author aa"
					+ " JOIN author au ON au.id = aa.author_id WHERE aa.article_id = a.id"
					+ " AND au.staff_user_id = :createdBy))");
			params.add(new Object[] { "createdBy", filter.createdBy() });
		}
		if (!filter.query().isBlank()) {
			sql.append(" AND lower(a.headline) LIKE :query ESCAPE '\\'");
			params.add(new Object[] { "query", "%" + Sql.likeEscape(filter.query().toLowerCase()) + "%" });
		}
		sql.append(" ORDER BY ").append(filter.sort().orderBy()).append(" LIMIT :limit OFFSET :offset");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("limit", limit)
			.param("offset", offset);
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		return statement
			.query((rs, row) -> new ListedArticle(rs.getLong("id"), rs.getString("headline"),
					ArticleStatus.valueOf(rs.getString("status")), rs.getString("slug"), rs.getString("section_name"),
					Sql.instant(rs, "published_at"), Sql.instant(rs, "modified_at"), Sql.instant(rs, "embargo_at"),
					rs.getString("updated_by")))
			.list();
	}

	private static final String REVISION = """
			SELECT r.id, r.article_id, r.version, r.headline, r.dek, r.slug, r.section_id, r.dateline, r.body_markdown,
			       r.hero_photo_id, r.tags, r.author_ids, COALESCE(u.name, 'the system') AS saved_by, r.saved_at, r.note
			FROM article_revision r LEFT JOIN staff_user u ON u.id = r.saved_by
			""";

	private static Revision mapRevision(ResultSet rs, int row) throws SQLException {
		long hero = rs.getLong("hero_photo_id");
		Long heroId = rs.wasNull() ? null : hero;
		String tags = rs.getString("tags");
		String authors = rs.getString("author_ids");
		ArticleDraft draft = new ArticleDraft(rs.getString("headline"), rs.getString("dek"), rs.getString("slug"),
				rs.getLong("section_id"), rs.getString("dateline"), rs.getString("body_markdown"), heroId,
				tags.isEmpty() ? List.of() : List.of(tags.split("\n")),
				authors.isEmpty() ? List.of() : Arrays.stream(authors.split(",")).map(Long::valueOf).toList(), true,
				null);
		return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("version"), draft,
				rs.getString("saved_by"), Sql.instant(rs, "saved_at"), rs.getString("note"));
	}

	private static Row mapRow(ResultSet rs, int row) throws SQLException {
		long hero = rs.getLong("hero_photo_id");
		Long heroId = rs.wasNull() ? null : hero;
		long creator = rs.getLong("created_by");
		Long createdBy = rs.wasNull() ? null : creator;
		return new Row(rs.getLong("id"), rs.getInt("version"), ArticleStatus.valueOf(rs.getString("status")),
				rs.getString("slug"), rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("headline"),
				rs.getString("dek"), rs.getString("dateline"), rs.getString("body_markdown"), heroId,
				rs.getBoolean("comments_open"), Sql.instant(rs, "published_at"), Sql.instant(rs, "updated_at"),
				Sql.instant(rs, "created_at"), Sql.instant(rs, "modified_at"), createdBy,
				Sql.instant(rs, "embargo_at"));
	}

}
