package org.dateline.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site holds, without its database ids: articles (every field, bylines, tags,
 * corrections, hero photo), sections, authors and comments (with their threads), each as
 * sorted lines, so two sites can be compared line by line.
 */
final class SiteSnapshot {

	private static final Pattern PHOTO = Pattern.compile("photo:(\\d+)");

	private SiteSnapshot() {
	}

	static Map<String, List<String>> of(Connection db) throws SQLException {
		Map<String, String> photos = new HashMap<>();
		for (List<String> row : rows(db, """
				SELECT id, alt || '|' || caption || '|' || credit || '|' || creator || '|' || copyright || '|'
				       || width || 'x' || height FROM photo
				""")) {
			photos.put(row.get(0), "[" + row.get(1) + "]");
		}
		Map<String, List<String>> snapshot = new TreeMap<>();
		List<String> articles = new ArrayList<>();
		for (List<String> row : rows(db, """
				SELECT a.id, a.slug, a.headline, a.dek, a.dateline, a.status, a.published_at, a.updated_at,
				       a.comments_open, s.slug, a.hero_photo_id, a.body_markdown
				FROM article a JOIN section s ON s.id = a.section_id
				""")) {
			String id = row.get(0);
			String body = PHOTO.matcher(row.get(11))
				.replaceAll((m) -> Matcher.quoteReplacement("photo:" + photos.getOrDefault(m.group(1), "missing")));
			articles.add(String.join("|", row.subList(1, 10)) + "|hero=" + photos.get(row.get(10)) + "|bylines="
					+ column(db,
							"SELECT au.slug FROM article_author aa JOIN author au ON au.id = aa.author_id "
									+ "WHERE aa.article_id = " + id + " ORDER BY aa.position")
					+ "|tags="
					+ column(db,
							"SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = "
									+ id + " ORDER BY at.position")
					+ "|corrections="
					+ column(db, "SELECT kind || ':' || text || ':' || published_at FROM correction WHERE article_id = "
							+ id + " ORDER BY published_at, id")
					+ "|body=" + body);
		}
		snapshot.put("articles", sorted(articles));
		snapshot.put("sections", sorted(lines(db, "SELECT slug || '|' || name || '|' || description FROM section")));
		snapshot.put("authors", sorted(lines(db, "SELECT slug || '|' || name || '|' || bio FROM author")));
		snapshot.put("comments", sorted(lines(db, """
				SELECT a.slug || '|' || c.author_name || '|' || c.author_email || '|' || c.author_url || '|' || c.body
				       || '|' || c.status || '|' || c.created_at || '|parent=' || COALESCE(p.author_name || '@'
				       || p.created_at, '')
				FROM comment c JOIN article a ON a.id = c.article_id LEFT JOIN comment p ON p.id = c.parent_id
				""")));
		return snapshot;
	}

	private static String column(Connection db, String sql) throws SQLException {
		return String.join(",", lines(db, sql));
	}

	private static List<String> lines(Connection db, String sql) throws SQLException {
		return rows(db, sql).stream().map((r) -> r.get(0)).toList();
	}

	private static List<List<String>> rows(Connection db, String sql) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					// a boolean reads "t" on PostgreSQL and "1" on SQLite: the same value
					Object value = rs.getObject(i);
					row.add((value instanceof Boolean flag) ? (flag ? "1" : "0") : String.valueOf(rs.getString(i)));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static List<String> sorted(List<String> lines) {
		return lines.stream().sorted().toList();
	}

}
