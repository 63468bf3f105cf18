package org.dateline.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

import org.dateline.article.ArticleQuery;
import org.dateline.article.ArticleService;
import org.dateline.article.Author;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.article.Tag;

/**
 * The query parameters of {@code GET /api/v1/articles}, checked: each bad one is a 400
 * naming it. Dates without a time are days in the newsroom's time zone.
 */
record ArticleListRequest(String section, String tag, String author, String since, String until, String limit,
		String cursor) {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	int pageSize() {
		return pageSize(this.limit);
	}

	/** The {@code limit} parameter of any list: 1 to 100, 20 when absent. */
	static int pageSize(String limit) {
		if (limit == null || limit.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int size = Integer.parseInt(limit.strip());
			if (size >= 1 && size <= MAX_LIMIT) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, as out of range
		}
		throw new BadParameterException("limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
	}

	ArticleQuery query(SectionService sections, ArticleService articles, ZoneId zone) {
		Long sectionId = blank(this.section) ? null
				: sections.bySlug(this.section.strip())
					.map(Section::id)
					.orElseThrow(() -> new BadParameterException("section", "No section '" + this.section + "'."));
		Long tagId = blank(this.tag) ? null
				: articles.tag(this.tag.strip())
					.map(Tag::id)
					.orElseThrow(() -> new BadParameterException("tag", "No tag '" + this.tag + "'."));
		Long authorId = blank(this.author) ? null
				: articles.author(this.author.strip())
					.map(Author::id)
					.orElseThrow(() -> new BadParameterException("author", "No author '" + this.author + "'."));
		Instant from = time("since", this.since, zone);
		Instant to = time("until", this.until, zone);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new BadParameterException("until", "'until' must be later than 'since'.");
		}
		ArticleQuery.Keyset after = blank(this.cursor) ? null : ArticleCursor.decode(this.cursor.strip());
		return new ArticleQuery(sectionId, tagId, authorId, from, to, after);
	}

	/**
	 * The same list from the next page on. Values are encoded strictly, so the {@code +}
	 * of an offset survives the round trip.
	 */
	String next(String base, String nextCursor) {
		StringJoiner query = new StringJoiner("&", base + "?", "");
		add(query, "section", this.section);
		add(query, "tag", this.tag);
		add(query, "author", this.author);
		add(query, "since", this.since);
		add(query, "until", this.until);
		add(query, "limit", this.limit);
		add(query, "cursor", nextCursor);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (!blank(value)) {
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

	/**
	 * A day ({@code 2025-05-01}, from its start in the newsroom's zone) or a time with an
	 * offset ({@code 2025-05-01T09:30:00+02:00} or {@code ...Z}).
	 */
	private static Instant time(String name, String value, ZoneId zone) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			throw new BadParameterException(name, "'" + name
					+ "' must be a day (2025-05-01) or a time with its offset (2025-05-01T09:30:00+02:00 or 2025-05-01T07:30:00Z).");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
