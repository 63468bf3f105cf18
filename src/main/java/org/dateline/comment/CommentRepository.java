package org.dateline.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Comment> approvedFor(long articleId) {
		return this.jdbc.sql("""
				SELECT id, article_id, parent_id, author_name, author_url, body, created_at
				FROM comment WHERE article_id = :article AND status = 'APPROVED'
				ORDER BY created_at, id
				""").param("article", articleId).query(CommentRepository::mapRow).list();
	}

	long insert(long articleId, Long parentId, String name, String email, String url, String body, String status,
			Instant createdAt) {
		return this.jdbc.sql("""
				INSERT INTO comment (article_id, parent_id, author_name, author_email, author_url, body, status,
				                     created_at)
				VALUES (:article, :parent, :name, :email, :url, :body, :status, :createdAt)
				RETURNING id
				""")
			.param("article", articleId)
			.param("parent", parentId)
			.param("name", name)
			.param("email", email)
			.param("url", url)
			.param("body", body)
			.param("status", status)
			.param("createdAt", Sql.millis(createdAt))
			.query(Long.class)
			.single();
	}

	private static Comment mapRow(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Comment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("author_name"),
				rs.getString("author_url"), rs.getString("body"), Sql.instant(rs, "created_at"));
	}

}
