package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

	private final JdbcClient jdbc;

	private final SlugHistory history;

	SectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new SlugHistory(jdbc, "section");
	}

	List<Section> findAll() {
		return this.jdbc.sql("SELECT id, slug, name, description, position FROM section ORDER BY position, name")
			.query(SectionRepository::mapRow)
			.list();
	}

	long insert(String slug, String name, String description, int position) {
		return this.jdbc.sql("""
				INSERT INTO section (slug, name, description, position)
				VALUES (:slug, :name, :description, :position)
				RETURNING id
				""")
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.param("position", position)
			.query(Long.class)
			.single();
	}

	void update(long id, String name, String description, int position) {
		this.jdbc
			.sql("UPDATE section SET name = :name, description = :description, position = :position WHERE id = :id")
			.param("name", name)
			.param("description", description)
			.param("position", position)
			.param("id", id)
			.update();
	}

	/** Articles in each section, whatever their status, by section id. */
	Map<Long, Long> articleCounts() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT section_id, count(*) AS articles FROM article GROUP BY section_id").query((rs) -> {
			counts.put(rs.getLong("section_id"), rs.getLong("articles"));
		});
		return counts;
	}

	long articleCount(long id) {
		return this.jdbc.sql("SELECT count(*) FROM article WHERE section_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	void delete(long id) {
		this.history.forget(id);
		this.jdbc.sql("DELETE FROM section WHERE id = :id").param("id", id).update();
	}

	SlugHistory history() {
		return this.history;
	}

	private static Section mapRow(ResultSet rs, int row) throws SQLException {
		return new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getInt("position"));
	}

}
