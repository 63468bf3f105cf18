package org.dateline.article;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The slugs a section, tag or author had before: their public URLs answer with a 301 to
 * the current one, for ever, as an article's old slugs do ({@code article_slug_history}).
 * One instance per table; the table names are this package's constants, never input.
 */
final class SlugHistory {

	private final JdbcClient jdbc;

	private final String table;

	private final String history;

	private final String key;

	SlugHistory(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
		this.history = table + "_slug_history";
		this.key = table + "_id";
	}

	/** The current slug of whatever used to have this one. */
	Optional<String> currentSlugFor(String oldSlug) {
		return this.jdbc
			.sql("SELECT t.slug FROM " + this.history + " h JOIN " + this.table + " t ON t.id = h." + this.key
					+ " WHERE h.slug = :slug")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	/** True when another row than {@code exceptId} has this slug now. */
	boolean usedByAnother(String slug, long exceptId) {
		return this.jdbc.sql("SELECT count(*) FROM " + this.table + " WHERE slug = :slug AND id <> :id")
			.param("slug", slug)
			.param("id", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * True when another row than {@code exceptId} had this slug before: its old links
	 * still lead there, so the slug is not free.
	 */
	boolean usedBeforeByAnother(String slug, long exceptId) {
		return this.jdbc.sql("SELECT count(*) FROM " + this.history + " WHERE slug = :slug AND " + this.key + " <> :id")
			.param("slug", slug)
			.param("id", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Gives a row a new slug and keeps the old one. Taking back a slug it had before
	 * removes that slug from the history, so the URL is its own page again.
	 */
	void rename(long id, String oldSlug, String newSlug) {
		if (oldSlug.equals(newSlug)) {
			return;
		}
		this.jdbc.sql("DELETE FROM " + this.history + " WHERE slug = :slug").param("slug", newSlug).update();
		this.jdbc.sql("UPDATE " + this.table + " SET slug = :slug WHERE id = :id")
			.param("slug", newSlug)
			.param("id", id)
			.update();
		remember(oldSlug, id);
	}

	/**
	 * Makes every URL of one row lead to another: its current slug and all it had before
	 * (a merge). The row itself is then the caller's to delete.
	 */
	void redirectAll(long fromId, String fromSlug, long toId) {
		this.jdbc.sql("UPDATE " + this.history + " SET " + this.key + " = :to WHERE " + this.key + " = :from")
			.param("to", toId)
			.param("from", fromId)
			.update();
		remember(fromSlug, toId);
	}

	/** Forgets the old slugs of a row that is being deleted: its URLs are gone. */
	void forget(long id) {
		this.jdbc.sql("DELETE FROM " + this.history + " WHERE " + this.key + " = :id").param("id", id).update();
	}

	private void remember(String oldSlug, long id) {
		this.jdbc
			.sql("INSERT INTO " + this.history + " (slug, " + this.key + ") VALUES (:slug, :id) "
					+ "ON CONFLICT (slug) DO UPDATE SET " + this.key + " = excluded." + this.key)
			.param("slug", oldSlug)
			.param("id", id)
			.update();
	}

}
