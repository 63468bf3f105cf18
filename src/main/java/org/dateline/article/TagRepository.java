package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

	private final JdbcClient jdbc;

	TagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Tag> findBySlug(String slug) {
		return this.jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug")
			.param("slug", slug)
			.query(TagRepository::mapRow)
			.optional();
	}

	/** The tag with this slug, created with this name when it does not exist yet. */
	Tag findOrCreate(String slug, String name) {
		this.jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
			.param("slug", slug)
			.param("name", name)
			.update();
		return findBySlug(slug).orElseThrow();
	}

	List<String> namesStartingWith(String prefix, int limit) {
		return this.jdbc
			.sql("SELECT name FROM tag WHERE lower(name) LIKE :prefix ESCAPE '\\' ORDER BY name LIMIT :limit")
			.param("prefix", org.dateline.data.Sql.likeEscape(prefix.strip().toLowerCase(java.util.Locale.ROOT)) + "%")
			.param("limit", limit)
			.query(String.class)
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

	private static Tag mapRow(ResultSet rs, int row) throws SQLException {
		return new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
	}

}
