package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

	private final JdbcClient jdbc;

	SectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	private static Section mapRow(ResultSet rs, int row) throws SQLException {
		return new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getInt("position"));
	}

}
