package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuthorRepository {

	private static final String PROFILE = """
			SELECT au.id, au.slug, au.name, au.bio, au.job_title, au.staff_user_id,
			       (SELECT count(*) FROM article_author aa WHERE aa.author_id = au.id) AS articles
			FROM author au
			""";

	private final JdbcClient jdbc;

	private final SlugHistory history;

	AuthorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new SlugHistory(jdbc, "author");
	}

	Optional<Author> findBySlug(String slug) {
		return this.jdbc.sql("SELECT id, slug, name, bio, job_title FROM author WHERE slug = :slug")
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
		this.jdbc.sql("SELECT id, slug, name, bio, job_title FROM author WHERE id IN (:ids)")
			.param("ids", ids)
			.query(AuthorRepository::mapRow)
			.list()
			.forEach((author) -> found.put(author.id(), author));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	List<Author> findAll() {
		return this.jdbc.sql("SELECT id, slug, name, bio, job_title FROM author ORDER BY name")
			.query(AuthorRepository::mapRow)
			.list();
	}

	/** The byline of a staff account, if it has one. */
	Optional<Author> forStaff(long staffId) {
		return this.jdbc.sql("SELECT id, slug, name, bio, job_title FROM author WHERE staff_user_id = :staff")
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
				SELECT aa.article_id, au.id, au.slug, au.name, au.bio, au.job_title
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

	/**
	 * Every author with the account it is linked to and the number of articles carrying
	 * its byline, drafts included; A to Z.
	 */
	List<AuthorProfile> profiles() {
		return this.jdbc.sql(PROFILE + "ORDER BY au.name, au.id").query(AuthorRepository::mapProfile).list();
	}

	Optional<AuthorProfile> profile(long id) {
		return this.jdbc.sql(PROFILE + "WHERE au.id = :id")
			.param("id", id)
			.query(AuthorRepository::mapProfile)
			.optional();
	}

	/** The author other than {@code exceptId} linked to this staff account, if any. */
	Optional<Author> linkedTo(long staffId, long exceptId) {
		return this.jdbc
			.sql("SELECT id, slug, name, bio, job_title FROM author WHERE staff_user_id = :staff AND id <> :id")
			.param("staff", staffId)
			.param("id", exceptId)
			.query(AuthorRepository::mapRow)
			.optional();
	}

	long insert(AuthorDraft draft, String slug) {
		return this.jdbc.sql("""
				INSERT INTO author (slug, name, bio, job_title, staff_user_id)
				VALUES (:slug, :name, :bio, :jobTitle, :staff)
				RETURNING id
				""")
			.param("slug", slug)
			.param("name", draft.name())
			.param("bio", draft.bio())
			.param("jobTitle", draft.jobTitle())
			.param("staff", draft.staffUserId())
			.query(Long.class)
			.single();
	}

	/** Saves a profile except its slug (see {@link #history()}). */
	void update(long id, AuthorDraft draft) {
		this.jdbc.sql("""
				UPDATE author SET name = :name, bio = :bio, job_title = :jobTitle, staff_user_id = :staff
				WHERE id = :id
				""")
			.param("name", draft.name())
			.param("bio", draft.bio())
			.param("jobTitle", draft.jobTitle())
			.param("staff", draft.staffUserId())
			.param("id", id)
			.update();
	}

	/** The articles carrying an author's byline, whatever their status. */
	List<Long> articleIds(long authorId) {
		return this.jdbc.sql("SELECT article_id FROM article_author WHERE author_id = :author ORDER BY article_id")
			.param("author", authorId)
			.query(Long.class)
			.list();
	}

	SlugHistory history() {
		return this.history;
	}

	private static AuthorProfile mapProfile(ResultSet rs, int row) throws SQLException {
		long staff = rs.getLong("staff_user_id");
		Long staffUserId = rs.wasNull() ? null : staff;
		return new AuthorProfile(mapRow(rs, row), staffUserId, rs.getLong("articles"));
	}

	private static Author mapRow(ResultSet rs, int row) throws SQLException {
		return new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio"),
				rs.getString("job_title"));
	}

}
