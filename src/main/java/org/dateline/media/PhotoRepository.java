package org.dateline.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PhotoRepository {

	private final JdbcClient jdbc;

	PhotoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String key, String originalName, String mediaType, int width, int height, long byteSize,
			PhotoDetails details, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO photo (file_key, original_name, media_type, width, height, byte_size,
				                   alt, caption, credit, creator, copyright, created_at)
				VALUES (:key, :originalName, :mediaType, :width, :height, :byteSize,
				        :alt, :caption, :credit, :creator, :copyright, :now)
				RETURNING id
				""")
			.param("key", key)
			.param("originalName", originalName)
			.param("mediaType", mediaType)
			.param("width", width)
			.param("height", height)
			.param("byteSize", byteSize)
			.param("alt", details.alt())
			.param("caption", details.caption())
			.param("credit", details.credit())
			.param("creator", details.creator())
			.param("copyright", details.copyright())
			.param("now", Sql.millis(now))
			.query(Long.class)
			.single();
	}

	Optional<Photo> find(long id) {
		return this.jdbc.sql("""
				SELECT id, file_key, width, height, alt, caption, credit, creator, copyright
				FROM photo WHERE id = :id
				""").param("id", id).query(PhotoRepository::mapRow).optional();
	}

	private static Photo mapRow(ResultSet rs, int row) throws SQLException {
		return new Photo(rs.getLong("id"), rs.getString("file_key"), rs.getInt("width"), rs.getInt("height"),
				rs.getString("alt"), rs.getString("caption"), rs.getString("credit"), rs.getString("creator"),
				rs.getString("copyright"));
	}

}
