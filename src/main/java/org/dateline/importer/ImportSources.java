package org.dateline.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each source item became here ({@code import_source}), and the old addresses of
 * imported stories ({@code import_redirect}).
 */
@Repository
class ImportSources {

	/** What an item of a source was imported as, and the hash of its content then. */
	record Known(long localId, String hash) {
	}

	private final JdbcClient jdbc;

	ImportSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Known> find(String source, String kind, String externalId) {
		return this.jdbc.sql("""
				SELECT local_id, content_hash FROM import_source
				WHERE source = :source AND kind = :kind AND external_id = :external
				""")
			.param("source", source)
			.param("kind", kind)
			.param("external", externalId)
			.query((rs, row) -> new Known(rs.getLong("local_id"), rs.getString("content_hash")))
			.optional();
	}

	void remember(String source, String kind, String externalId, long localId, String hash, Instant at) {
		this.jdbc.sql("""
				INSERT INTO import_source (source, kind, external_id, local_id, content_hash, imported_at)
				VALUES (:source, :kind, :external, :local, :hash, :at)
				ON CONFLICT (source, kind, external_id)
				DO UPDATE SET local_id = excluded.local_id, content_hash = excluded.content_hash,
				              imported_at = excluded.imported_at
				""")
			.param("source", source)
			.param("kind", kind)
			.param("external", externalId)
			.param("local", localId)
			.param("hash", hash)
			.param("at", Sql.millis(at))
			.update();
	}

	/** Makes an old address lead to an article; an address already taken is moved. */
	void redirect(String path, long articleId) {
		this.jdbc.sql("""
				INSERT INTO import_redirect (path, article_id) VALUES (:path, :article)
				ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id
				""").param("path", path).param("article", articleId).update();
	}

	Optional<Long> redirectTarget(String path) {
		return this.jdbc.sql("SELECT article_id FROM import_redirect WHERE path = :path")
			.param("path", path)
			.query(Long.class)
			.optional();
	}

	static String hash(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
