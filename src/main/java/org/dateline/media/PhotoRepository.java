package org.dateline.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PhotoRepository {

	private static final String LIBRARY_COLUMNS = """
			SELECT id, file_key, width, height, alt, caption, credit, creator, copyright,
			       original_name, media_type, byte_size, uploaded_by, created_at
			FROM photo
			""";

	/** The columns a search looks in. */
	private static final List<String> SEARCHED = List.of("caption", "credit", "creator", "original_name");

	private final JdbcClient jdbc;

	PhotoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String key, NewPhoto photo, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO photo (file_key, original_name, media_type, width, height, byte_size,
				                   alt, caption, credit, creator, copyright, uploaded_by, orientation, created_at)
				VALUES (:key, :originalName, :mediaType, :width, :height, :byteSize,
				        :alt, :caption, :credit, :creator, :copyright, :uploadedBy, :orientation, :now)
				RETURNING id
				""")
			.param("key", key)
			.param("originalName", photo.originalName())
			.param("mediaType", photo.mediaType())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("byteSize", photo.byteSize())
			.param("alt", photo.details().alt())
			.param("caption", photo.details().caption())
			.param("credit", photo.details().credit())
			.param("creator", photo.details().creator())
			.param("copyright", photo.details().copyright())
			.param("uploadedBy", photo.uploadedBy())
			.param("orientation", photo.orientation())
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

	Optional<LibraryPhoto> findInLibrary(long id) {
		return this.jdbc.sql(LIBRARY_COLUMNS + "WHERE id = :id")
			.param("id", id)
			.query(PhotoRepository::mapLibraryRow)
			.optional();
	}

	/** What a variant of the photo with this file key needs: the details it embeds. */
	Optional<Rendering> findRendering(String key) {
		return this.jdbc.sql("""
				SELECT alt, caption, credit, creator, copyright, orientation FROM photo WHERE file_key = :key
				""")
			.param("key", key)
			.query((rs,
					row) -> new Rendering(new PhotoDetails(rs.getString("alt"), rs.getString("caption"),
							rs.getString("credit"), rs.getString("creator"), rs.getString("copyright")),
							rs.getInt("orientation")))
			.optional();
	}

	/**
	 * Photos in which every word of the query appears in the caption, credit, creator or
	 * original file name (any case), newest first.
	 */
	List<LibraryPhoto> search(List<String> words, int limit, int offset) {
		Map<String, Object> params = params(words);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql(LIBRARY_COLUMNS + where(words) + " ORDER BY created_at DESC, id DESC" + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(PhotoRepository::mapLibraryRow)
			.list();
	}

	long count(List<String> words) {
		return this.jdbc.sql("SELECT COUNT(*) FROM photo " + where(words))
			.params(params(words))
			.query(Long.class)
			.single();
	}

	void updateDetails(long id, PhotoDetails details) {
		this.jdbc.sql("""
				UPDATE photo SET alt = :alt, caption = :caption, credit = :credit, creator = :creator,
				                 copyright = :copyright
				WHERE id = :id
				""")
			.param("id", id)
			.param("alt", details.alt())
			.param("caption", details.caption())
			.param("credit", details.credit())
			.param("creator", details.creator())
			.param("copyright", details.copyright())
			.update();
	}

	/**
	 * The articles that use a photo. Reads the article table directly: the article
	 * feature depends on this one, so this one cannot ask it. The body is searched for
	 * the text {@code photo:ID} with {@code LIKE}, then checked exactly here, so
	 * {@code photo:12} does not count as a use of photo 1.
	 */
	/**
	 * Photos that lead a published article (its hero): up to {@code limit} uploaded
	 * before photo {@code before}, newest first. Through the index on the hero column:
	 * photos placed only in stories' text are not found here, since finding them means
	 * reading every story's text.
	 */
	List<Photo> publishedHeroes(long before, int limit) {
		return this.jdbc.sql("""
				SELECT p.id, p.file_key, p.width, p.height, p.alt, p.caption, p.credit, p.creator, p.copyright
				FROM photo p
				WHERE p.id < :before
				  AND EXISTS (SELECT 1 FROM article a WHERE a.hero_photo_id = p.id AND a.status = 'PUBLISHED')
				ORDER BY p.id DESC LIMIT :limit
				""").param("before", before).param("limit", limit).query(PhotoRepository::mapRow).list();
	}

	List<PhotoUsage> usages(long photoId) {
		Pattern reference = Pattern.compile("(?<![0-9A-Za-z])photo:" + photoId + "(?![0-9])");
		return this.jdbc.sql("""
				SELECT id, headline, status, hero_photo_id, body_markdown FROM article
				WHERE hero_photo_id = :id OR body_markdown LIKE :reference ESCAPE '\\'
				ORDER BY modified_at DESC, id DESC
				""").param("id", photoId).param("reference", "%photo:" + photoId + "%").query((rs, row) -> {
			long hero = rs.getLong("hero_photo_id");
			boolean isHero = !rs.wasNull() && hero == photoId;
			boolean inBody = reference.matcher(rs.getString("body_markdown")).find();
			return new PhotoUsage(rs.getLong("id"), rs.getString("headline"), rs.getString("status"), isHero, inBody);
		}).list().stream().filter((usage) -> usage.hero() || usage.inBody()).toList();
	}

	private static String where(List<String> words) {
		if (words.isEmpty()) {
			return "";
		}
		List<String> clauses = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String param = ":w" + i;
			clauses.add("(" + String.join(" OR ",
					SEARCHED.stream().map((column) -> "lower(" + column + ") LIKE " + param + " ESCAPE '\\'").toList())
					+ ")");
		}
		return "WHERE " + String.join(" AND ", clauses);
	}

	private static Map<String, Object> params(List<String> words) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			params.put("w" + i, "%" + Sql.likeEscape(words.get(i).toLowerCase(Locale.ROOT)) + "%");
		}
		return params;
	}

	private static Photo mapRow(ResultSet rs, int row) throws SQLException {
		return new Photo(rs.getLong("id"), rs.getString("file_key"), rs.getInt("width"), rs.getInt("height"),
				rs.getString("alt"), rs.getString("caption"), rs.getString("credit"), rs.getString("creator"),
				rs.getString("copyright"));
	}

	private static LibraryPhoto mapLibraryRow(ResultSet rs, int row) throws SQLException {
		long uploadedBy = rs.getLong("uploaded_by");
		Long uploader = rs.wasNull() ? null : uploadedBy;
		return new LibraryPhoto(mapRow(rs, row), rs.getString("original_name"), rs.getString("media_type"),
				rs.getLong("byte_size"), uploader, Sql.instant(rs, "created_at"));
	}

	/** A photo about to be recorded. */
	record NewPhoto(String originalName, String mediaType, int width, int height, long byteSize, PhotoDetails details,
			Long uploadedBy, int orientation) {
	}

	/** What making a variant needs from the database. */
	record Rendering(PhotoDetails details, int orientation) {
	}

}
