package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.data.Sql;
import org.dateline.media.Photo;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Articles, their slugs and corrections. List queries fetch a page of teasers with
 * section and hero photo in one statement; bylines come in one more
 * ({@link AuthorRepository#bylines}), whatever the number of articles.
 */
@Repository
class ArticleRepository {

	private static final String SUMMARY = """
			SELECT a.id, a.slug, a.headline, a.dek, a.published_at, a.updated_at,
			       s.id AS section_id, s.slug AS section_slug, s.name AS section_name,
			       s.description AS section_description, s.position AS section_position,
			       p.id AS photo_id, p.file_key, p.width, p.height, p.alt, p.caption, p.credit, p.creator, p.copyright
			FROM article a
			JOIN section s ON s.id = a.section_id
			LEFT JOIN photo p ON p.id = a.hero_photo_id
			""";

	private static final String ARTICLE = """
			SELECT a.id, a.slug, a.headline, a.dek, a.dateline, a.body_html, a.status, a.comments_open,
			       a.published_at, a.updated_at, a.modified_at,
			       s.id AS section_id, s.slug AS section_slug, s.name AS section_name,
			       s.description AS section_description, s.position AS section_position,
			       p.id AS photo_id, p.file_key, p.width, p.height, p.alt, p.caption, p.credit, p.creator, p.copyright
			FROM article a
			JOIN section s ON s.id = a.section_id
			LEFT JOIN photo p ON p.id = a.hero_photo_id
			""";

	private static final String PUBLISHED = "a.status = 'PUBLISHED'";

	private final JdbcClient jdbc;

	private final Permalinks permalinks;

	ArticleRepository(JdbcClient jdbc, Permalinks permalinks) {
		this.jdbc = jdbc;
		this.permalinks = permalinks;
	}

	Optional<Article> findBySlug(String slug) {
		return this.jdbc.sql(ARTICLE + "WHERE a.slug = :slug").param("slug", slug).query(articleMapper()).optional();
	}

	Optional<Article> findById(long id) {
		return this.jdbc.sql(ARTICLE + "WHERE a.id = :id").param("id", id).query(articleMapper()).optional();
	}

	List<Article> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(ARTICLE + "WHERE a.id IN (:ids)").param("ids", ids).query(articleMapper()).list();
	}

	/** The article that used to have this slug, if any: its old URLs redirect to it. */
	Optional<String> currentSlugFor(String oldSlug) {
		return this.jdbc.sql("""
				SELECT a.slug FROM article_slug_history h JOIN article a ON a.id = h.article_id
				WHERE h.slug = :slug
				""").param("slug", oldSlug).query(String.class).optional();
	}

	List<Correction> corrections(long articleId) {
		return this.jdbc.sql("""
				SELECT id, kind, text, published_at FROM correction
				WHERE article_id = :article ORDER BY published_at, id
				""")
			.param("article", articleId)
			.query((rs, row) -> new Correction(rs.getLong("id"), Correction.Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), Sql.instant(rs, "published_at")))
			.list();
	}

	List<ArticleSummary> latest(int limit, int offset) {
		return this.jdbc.sql(SUMMARY + "WHERE " + PUBLISHED + """
				 ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
				""").param("limit", limit).param("offset", offset).query(summaryMapper()).list();
	}

	List<ArticleSummary> publishedByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SUMMARY + "WHERE " + PUBLISHED + " AND a.id IN (:ids)")
			.param("ids", ids)
			.query(summaryMapper())
			.list();
	}

	long countPublished() {
		return this.jdbc.sql("SELECT count(*) FROM article a WHERE " + PUBLISHED).query(Long.class).single();
	}

	List<ArticleSummary> latestInSection(long sectionId, int limit, int offset) {
		return this.jdbc.sql(SUMMARY + "WHERE " + PUBLISHED + """
				 AND a.section_id = :section
				ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
				""")
			.param("section", sectionId)
			.param("limit", limit)
			.param("offset", offset)
			.query(summaryMapper())
			.list();
	}

	long countInSection(long sectionId) {
		return this.jdbc.sql("SELECT count(*) FROM article a WHERE " + PUBLISHED + " AND a.section_id = :section")
			.param("section", sectionId)
			.query(Long.class)
			.single();
	}

	List<ArticleSummary> latestWithTag(long tagId, int limit, int offset) {
		return this.jdbc.sql(SUMMARY + """
				JOIN article_tag at ON at.article_id = a.id AND at.tag_id = :tag
				WHERE a.status = 'PUBLISHED'
				ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
				""").param("tag", tagId).param("limit", limit).param("offset", offset).query(summaryMapper()).list();
	}

	long countWithTag(long tagId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM article a JOIN article_tag at ON at.article_id = a.id AND at.tag_id = :tag
				WHERE a.status = 'PUBLISHED'
				""").param("tag", tagId).query(Long.class).single();
	}

	List<ArticleSummary> latestByAuthor(long authorId, int limit, int offset) {
		return this.jdbc.sql(SUMMARY + """
				JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :author
				WHERE a.status = 'PUBLISHED'
				ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
				""")
			.param("author", authorId)
			.param("limit", limit)
			.param("offset", offset)
			.query(summaryMapper())
			.list();
	}

	long countByAuthor(long authorId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM article a JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :author
				WHERE a.status = 'PUBLISHED'
				""").param("author", authorId).query(Long.class).single();
	}

	/**
	 * A page of published, unembargoed articles for syndication, newest first: filters as
	 * joins and conditions, and a keyset ({@code published_at}, {@code id}) instead of an
	 * offset, so pages stay stable while articles are published.
	 */
	List<ArticleSummary> publishedPage(ArticleQuery query, int limit, Instant now) {
		StringBuilder sql = new StringBuilder(SUMMARY);
		Map<String, Object> params = new HashMap<>();
		if (query.tagId() != null) {
			sql.append("JOIN article_tag at ON at.article_id = a.id AND at.tag_id = :tag\n");
			params.put("tag", query.tagId());
		}
		if (query.authorId() != null) {
			sql.append("JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :author\n");
			params.put("author", query.authorId());
		}
		sql.append("WHERE " + PUBLISHED + " AND a.published_at IS NOT NULL")
			.append(" AND (a.embargo_at IS NULL OR a.embargo_at <= :now)");
		params.put("now", Sql.millis(now));
		if (query.sectionId() != null) {
			sql.append(" AND a.section_id = :section");
			params.put("section", query.sectionId());
		}
		if (query.since() != null) {
			sql.append(" AND a.published_at >= :since");
			params.put("since", Sql.millis(query.since()));
		}
		if (query.until() != null) {
			sql.append(" AND a.published_at < :until");
			params.put("until", Sql.millis(query.until()));
		}
		if (query.after() != null) {
			sql.append(" AND (a.published_at < :afterAt OR (a.published_at = :afterAt AND a.id < :afterId))");
			params.put("afterAt", Sql.millis(query.after().publishedAt()));
			params.put("afterId", query.after().id());
		}
		sql.append(" ORDER BY a.published_at DESC, a.id DESC LIMIT :limit");
		params.put("limit", limit);
		return this.jdbc.sql(sql.toString()).params(params).query(summaryMapper()).list();
	}

	/** When an article's embargo ends, or null when it has none. */
	Instant embargoOf(long articleId) {
		return this.jdbc.sql("SELECT embargo_at FROM article WHERE id = :id")
			.param("id", articleId)
			.query((rs, row) -> Sql.instant(rs, "embargo_at"))
			.optional()
			.orElse(null);
	}

	/**
	 * Published articles sharing the most tags with this one, the most recent first among
	 * equals.
	 */
	List<ArticleSummary> sharingTags(long articleId, int limit) {
		return this.jdbc.sql(SUMMARY + """
				JOIN (SELECT t.article_id, count(*) AS shared FROM article_tag t
				      WHERE t.tag_id IN (SELECT tag_id FROM article_tag WHERE article_id = :article)
				        AND t.article_id <> :article
				      GROUP BY t.article_id) m ON m.article_id = a.id
				WHERE a.status = 'PUBLISHED'
				ORDER BY m.shared DESC, a.published_at DESC, a.id DESC LIMIT :limit
				""").param("article", articleId).param("limit", limit).query(summaryMapper()).list();
	}

	/**
	 * The latest published articles of each section, in one statement: one index-ordered
	 * branch per section joined by {@code UNION ALL}, so the cost follows the number of
	 * articles shown, not the size of the archive.
	 */
	List<ArticleSummary> latestPerSection(List<Long> sectionIds, int perSection, Collection<Long> excluding) {
		if (sectionIds.isEmpty()) {
			return List.of();
		}
		List<String> branches = new ArrayList<>();
		for (int i = 0; i < sectionIds.size(); i++) {
			branches.add("SELECT * FROM (" + SUMMARY + "WHERE " + PUBLISHED + " AND a.section_id = :section" + i
					+ " AND a.id NOT IN (:excluding) ORDER BY a.published_at DESC, a.id DESC LIMIT :perSection) s" + i);
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(String.join("\nUNION ALL\n", branches))
			.param("perSection", perSection)
			.param("excluding", excluding.isEmpty() ? List.of(-1L) : excluding);
		for (int i = 0; i < sectionIds.size(); i++) {
			statement = statement.param("section" + i, sectionIds.get(i));
		}
		return statement.query(summaryMapper()).list();
	}

	long insert(NewArticle article, String bodyHtml, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO article (slug, section_id, headline, dek, dateline, body_markdown, body_html, status,
				                     hero_photo_id, comments_open, published_at, updated_at, created_at, modified_at)
				VALUES (:slug, :section, :headline, :dek, :dateline, :markdown, :html, :status,
				        :hero, :commentsOpen, :publishedAt, :updatedAt, :now, :now)
				RETURNING id
				""")
			.param("slug", article.slug())
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
			.query(Long.class)
			.single();
	}

	void insertCorrection(long articleId, Correction.Kind kind, String text, Instant publishedAt) {
		this.jdbc.sql("""
				INSERT INTO correction (article_id, kind, text, published_at) VALUES (:article, :kind, :text, :at)
				""")
			.param("article", articleId)
			.param("kind", kind.name())
			.param("text", text)
			.param("at", Sql.millis(publishedAt))
			.update();
	}

	/** Renames an article, keeping the old slug so its old URLs redirect for ever. */
	void changeSlug(long articleId, String oldSlug, String newSlug, Instant now) {
		this.jdbc.sql("DELETE FROM article_slug_history WHERE slug = :slug").param("slug", newSlug).update();
		this.jdbc.sql("UPDATE article SET slug = :slug, modified_at = :now WHERE id = :id")
			.param("slug", newSlug)
			.param("now", Sql.millis(now))
			.param("id", articleId)
			.update();
		this.jdbc.sql("""
				INSERT INTO article_slug_history (slug, article_id) VALUES (:slug, :id)
				ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id
				""").param("slug", oldSlug).param("id", articleId).update();
	}

	private RowMapper<ArticleSummary> summaryMapper() {
		return (rs, row) -> {
			Section section = section(rs);
			String slug = rs.getString("slug");
			Instant publishedAt = Sql.instant(rs, "published_at");
			return new ArticleSummary(rs.getLong("id"), slug, this.permalinks.path(section.slug(), publishedAt, slug),
					rs.getString("headline"), rs.getString("dek"), section, publishedAt, Sql.instant(rs, "updated_at"),
					photo(rs), List.of());
		};
	}

	private RowMapper<Article> articleMapper() {
		return (rs, row) -> {
			Section section = section(rs);
			String slug = rs.getString("slug");
			Instant publishedAt = Sql.instant(rs, "published_at");
			return new Article(rs.getLong("id"), slug, this.permalinks.path(section.slug(), publishedAt, slug),
					rs.getString("headline"), rs.getString("dek"), rs.getString("dateline"), rs.getString("body_html"),
					ArticleStatus.valueOf(rs.getString("status")), section, publishedAt, Sql.instant(rs, "updated_at"),
					Sql.instant(rs, "modified_at"), photo(rs), rs.getBoolean("comments_open"), List.of(), List.of(),
					List.of());
		};
	}

	private static Section section(ResultSet rs) throws SQLException {
		return new Section(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
				rs.getString("section_description"), rs.getInt("section_position"));
	}

	private static Photo photo(ResultSet rs) throws SQLException {
		long id = rs.getLong("photo_id");
		if (rs.wasNull()) {
			return null;
		}
		return new Photo(id, rs.getString("file_key"), rs.getInt("width"), rs.getInt("height"), rs.getString("alt"),
				rs.getString("caption"), rs.getString("credit"), rs.getString("creator"), rs.getString("copyright"));
	}

}
