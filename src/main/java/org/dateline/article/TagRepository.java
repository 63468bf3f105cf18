package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

	private final JdbcClient jdbc;

	private final SlugHistory history;

	TagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new SlugHistory(jdbc, "tag");
	}

	Optional<Tag> findBySlug(String slug) {
		return this.jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug")
			.param("slug", slug)
			.query(TagRepository::mapRow)
			.optional();
	}

	Optional<Tag> findById(long id) {
		return this.jdbc.sql("SELECT id, slug, name FROM tag WHERE id = :id")
			.param("id", id)
			.query(TagRepository::mapRow)
			.optional();
	}

	Optional<Tag> findByName(String name) {
		return this.jdbc.sql("SELECT id, slug, name FROM tag WHERE lower(name) = :name ORDER BY id LIMIT 1")
			.param("name", name.strip().toLowerCase(Locale.ROOT))
			.query(TagRepository::mapRow)
			.optional();
	}

	/**
	 * The tag a writer means by this slug and name: the one with the slug, the one that
	 * had it before a rename or merge, or the one with that name; created when there is
	 * none, so renamed and merged tags are not made again from their old names.
	 */
	Tag findOrCreate(String slug, String name) {
		Optional<Tag> known = findBySlug(slug).or(() -> this.history.currentSlugFor(slug).flatMap(this::findBySlug))
			.or(() -> findByName(name));
		if (known.isPresent()) {
			return known.get();
		}
		this.jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
			.param("slug", slug)
			.param("name", name)
			.update();
		return findBySlug(slug).orElseThrow();
	}

	long insert(String slug, String name) {
		return this.jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) RETURNING id")
			.param("slug", slug)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	void rename(long id, String name) {
		this.jdbc.sql("UPDATE tag SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
	}

	List<String> namesStartingWith(String prefix, int limit) {
		return this.jdbc
			.sql("SELECT name FROM tag WHERE lower(name) LIKE :prefix ESCAPE '\\' ORDER BY name LIMIT :limit")
			.param("prefix", Sql.likeEscape(prefix.strip().toLowerCase(Locale.ROOT)) + "%")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * Tags whose name contains the query, A to Z, with the number of articles (drafts
	 * included) filed under each.
	 */
	List<TagUsage> search(String query, int limit, int offset) {
		return this.jdbc.sql("""
				SELECT t.id, t.slug, t.name, (SELECT count(*) FROM article_tag at WHERE at.tag_id = t.id) AS articles
				FROM tag t WHERE lower(t.name) LIKE :query ESCAPE '\\'
				ORDER BY lower(t.name), t.id LIMIT :limit OFFSET :offset
				""")
			.param("query", contains(query))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new TagUsage(mapRow(rs, row), rs.getLong("articles")))
			.list();
	}

	long count(String query) {
		return this.jdbc.sql("SELECT count(*) FROM tag WHERE lower(name) LIKE :query ESCAPE '\\'")
			.param("query", contains(query))
			.query(Long.class)
			.single();
	}

	/** Tags with at least one published article, A to Z, with how many. */
	List<TagUsage> publishedUsage() {
		return this.jdbc.sql("""
				SELECT t.id, t.slug, t.name, count(*) AS articles
				FROM tag t JOIN article_tag at ON at.tag_id = t.id JOIN article a ON a.id = at.article_id
				WHERE a.status = 'PUBLISHED'
				GROUP BY t.id, t.slug, t.name
				ORDER BY lower(t.name), t.id
				""").query((rs, row) -> new TagUsage(mapRow(rs, row), rs.getLong("articles"))).list();
	}

	/** The articles filed under a tag, whatever their status. */
	List<Long> articleIds(long tagId) {
		return this.jdbc.sql("SELECT article_id FROM article_tag WHERE tag_id = :tag ORDER BY article_id")
			.param("tag", tagId)
			.query(Long.class)
			.list();
	}

	List<Tag> forArticle(long articleId) {
		return this.jdbc.sql("""
				SELECT t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
				WHERE at.article_id = :article ORDER BY at.position
				""").param("article", articleId).query(TagRepository::mapRow).list();
	}

	void replaceTags(long articleId, List<Long> tagIds) {
		this.jdbc.sql("DELETE FROM article_tag WHERE article_id = :article").param("article", articleId).update();
		for (int i = 0; i < tagIds.size(); i++) {
			this.jdbc.sql("INSERT INTO article_tag (article_id, tag_id, position) VALUES (:article, :tag, :position)")
				.param("article", articleId)
				.param("tag", tagIds.get(i))
				.param("position", i)
				.update();
		}
	}

	/**
	 * Files every article of one tag under another, where it keeps its place among the
	 * article's tags (an article that had both keeps the other's place, once), then
	 * deletes the first tag; its URLs lead to the other from now on.
	 */
	void merge(Tag from, Tag into) {
		this.jdbc.sql("""
				INSERT INTO article_tag (article_id, tag_id, position)
				SELECT article_id, :into, position FROM article_tag WHERE tag_id = :from
				ON CONFLICT (article_id, tag_id) DO NOTHING
				""").param("into", into.id()).param("from", from.id()).update();
		this.jdbc.sql("DELETE FROM article_tag WHERE tag_id = :from").param("from", from.id()).update();
		this.history.redirectAll(from.id(), from.slug(), into.id());
		this.jdbc.sql("DELETE FROM tag WHERE id = :id").param("id", from.id()).update();
	}

	SlugHistory history() {
		return this.history;
	}

	private static String contains(String query) {
		return "%" + Sql.likeEscape(query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
	}

	private static Tag mapRow(ResultSet rs, int row) throws SQLException {
		return new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
	}

}
