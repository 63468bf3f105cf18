package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuthorRepository {

	private final JdbcClient jdbc;

	AuthorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Author> findBySlug(String slug) {
		return this.jdbc.sql("SELECT id, slug, name, bio FROM author WHERE slug = :slug")
			.param("slug", slug)
			.query(AuthorRepository::mapRow)
			.optional();
	}

	/** Authors by id, in the order asked for; unknown ids are left out. */
	List<Author> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Author> found = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, slug, name, bio FROM author WHERE id IN (:ids)")
			.param("ids", ids)
			.query(AuthorRepository::mapRow)
			.list()
			.forEach((author) -> found.put(author.id(), author));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	List<Author> findAll() {
		return this.jdbc.sql("SELECT id, slug, name, bio FROM author ORDER BY name")
			.query(AuthorRepository::mapRow)
			.list();
	}

	/** The byline of a staff account, if it has one. */
	Optional<Author> forStaff(long staffId) {
		return this.jdbc.sql("SELECT id, slug, name, bio FROM author WHERE staff_user_id = :staff")
			.param("staff", staffId)
			.query(AuthorRepository::mapRow)
			.optional();
	}

	long insert(String slug, String name, String bio) {
		return this.jdbc.sql("INSERT INTO author (slug, name, bio) VALUES (:slug, :name, :bio) RETURNING id")
			.param("slug", slug)
			.param("name", name)
			.param("bio", bio)
			.query(Long.class)
			.single();
	}

	/** The bylines of several articles in one query, in byline order. */
	Map<Long, List<Author>> bylines(Collection<Long> articleIds) {
		Map<Long, List<Author>> bylines = new LinkedHashMap<>();
		if (articleIds.isEmpty()) {
			return bylines;
		}
		this.jdbc.sql("""
				SELECT aa.article_id, au.id, au.slug, au.name, au.bio
				FROM article_author aa JOIN author au ON au.id = aa.author_id
				WHERE aa.article_id IN (:ids)
				ORDER BY aa.article_id, aa.position
				""").param("ids", articleIds).query((rs) -> {
			bylines.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>()).add(mapRow(rs, 0));
		});
		return bylines;
	}

	void replaceBylines(long articleId, List<Long> authorIds) {
		this.jdbc.sql("DELETE FROM article_author WHERE article_id = :article").param("article", articleId).update();
		for (int i = 0; i < authorIds.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO article_author (article_id, author_id, position) VALUES (:article, :author, :position)
					""").param("article", articleId).param("author", authorIds.get(i)).param("position", i).update();
		}
	}

	private static Author mapRow(ResultSet rs, int row) throws SQLException {
		return new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio"));
	}

}
