package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link ArticleArchive}: published stories by date, and the list pages
 * that have any, for feeds and sitemaps. Lists of full articles come from
 * {@link ArticleRepository}.
 */
@Repository
class ArchiveRepository {

	private static final String ARCHIVED = """
			SELECT a.id, a.slug, a.headline, a.published_at, a.modified_at, s.slug AS section_slug
			FROM article a JOIN section s ON s.id = a.section_id
			WHERE a.status = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;

	private final Permalinks permalinks;

	ArchiveRepository(JdbcClient jdbc, Permalinks permalinks) {
		this.jdbc = jdbc;
		this.permalinks = permalinks;
	}

	/** When each published story appeared and last changed, in no order. */
	List<Instant[]> publicationTimes() {
		return this.jdbc.sql("SELECT a.published_at, a.modified_at FROM article a WHERE a.status = 'PUBLISHED'")
			.query((rs, row) -> new Instant[] { Sql.instant(rs, "published_at"), Sql.instant(rs, "modified_at") })
			.list();
	}

	/**
	 * Published stories that appeared from {@code from} until before {@code to}, oldest
	 * first (then by id, so pages of the list never overlap): {@code limit} of them from
	 * the {@code offset}-th on.
	 */
	List<ArchivedArticle> publishedBetween(Instant from, Instant to, int limit, long offset) {
		return this.jdbc.sql(ARCHIVED + """
				  AND a.published_at >= :from AND a.published_at < :to
				ORDER BY a.published_at, a.id LIMIT :limit OFFSET :offset
				""")
			.param("from", Sql.millis(from))
			.param("to", Sql.millis(to))
			.param("limit", limit)
			.param("offset", offset)
			.query(archivedMapper())
			.list();
	}

	/** Published stories that appeared since {@code since}, newest first. */
	List<ArchivedArticle> publishedSince(Instant since, int limit) {
		return this.jdbc.sql(ARCHIVED + """
				  AND a.published_at >= :since
				ORDER BY a.published_at DESC, a.id DESC LIMIT :limit
				""").param("since", Sql.millis(since)).param("limit", limit).query(archivedMapper()).list();
	}

	/** Every section, in menu order, with the last change to a published story in it. */
	List<ArchivePage> sections() {
		return this.jdbc.sql("""
				SELECT s.slug, max(a.modified_at) AS modified_at, max(a.published_at) AS published_at
				FROM section s LEFT JOIN article a ON a.section_id = s.id AND a.status = 'PUBLISHED'
				GROUP BY s.id, s.slug, s.position
				ORDER BY s.position, s.id
				""").query((rs, row) -> new ArchivePage("/" + rs.getString("slug") + "/", latest(rs))).list();
	}

	/**
	 * Tags with published stories, A to Z by slug: {@code limit} from the
	 * {@code offset}-th on.
	 */
	List<ArchivePage> tags(int limit, long offset) {
		return this.jdbc.sql("""
				SELECT t.slug, max(a.modified_at) AS modified_at, max(a.published_at) AS published_at
				FROM tag t
				JOIN article_tag at ON at.tag_id = t.id
				JOIN article a ON a.id = at.article_id AND a.status = 'PUBLISHED'
				GROUP BY t.id, t.slug
				ORDER BY t.slug LIMIT :limit OFFSET :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new ArchivePage("/tag/" + rs.getString("slug"), latest(rs)))
			.list();
	}

	/**
	 * Authors with published stories, A to Z by slug: {@code limit} from the
	 * {@code offset}-th on.
	 */
	List<ArchivePage> authors(int limit, long offset) {
		return this.jdbc.sql("""
				SELECT au.slug, max(a.modified_at) AS modified_at, max(a.published_at) AS published_at
				FROM author au
				JOIN article_author aa ON aa.author_id = au.id
				JOIN article a ON a.id = aa.article_id AND a.status = 'PUBLISHED'
				GROUP BY au.id, au.slug
				ORDER BY au.slug LIMIT :limit OFFSET :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new ArchivePage("/author/" + rs.getString("slug"), latest(rs)))
			.list();
	}

	/** The tags of several articles in one query, in the order each was tagged. */
	Map<Long, List<Tag>> tags(Collection<Long> articleIds) {
		Map<Long, List<Tag>> tags = new LinkedHashMap<>();
		if (articleIds.isEmpty()) {
			return tags;
		}
		this.jdbc.sql("""
				SELECT at.article_id, t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
				WHERE at.article_id IN (:ids)
				ORDER BY at.article_id, at.position
				""").param("ids", articleIds).query((rs) -> {
			tags.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
				.add(new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
		});
		return tags;
	}

	private RowMapper<ArchivedArticle> archivedMapper() {
		return (rs, row) -> {
			Instant publishedAt = Sql.instant(rs, "published_at");
			return new ArchivedArticle(rs.getLong("id"),
					this.permalinks.path(rs.getString("section_slug"), publishedAt, rs.getString("slug")),
					rs.getString("headline"), publishedAt, Sql.instant(rs, "modified_at"));
		};
	}

	/** The later of the last change and the last publication (a scheduled story's). */
	private static Instant latest(ResultSet rs) throws SQLException {
		Instant modified = Sql.instant(rs, "modified_at");
		Instant published = Sql.instant(rs, "published_at");
		if (modified == null || (published != null && published.isAfter(modified))) {
			return published;
		}
		return modified;
	}

}
