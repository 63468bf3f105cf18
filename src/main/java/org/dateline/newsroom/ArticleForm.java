package org.dateline.newsroom;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dateline.article.ArticleDraft;
import org.dateline.article.EditableArticle;

/**
 * The article editor's form as the browser sends it: text fields, with times in the
 * newsroom's zone as {@code datetime-local} inputs give them. {@link #draft} turns it
 * into what the article feature takes.
 */
public record ArticleForm(String headline, String dek, String slug, String section, String dateline, String body,
		String hero, String tags, List<String> authors, Boolean commentsOpen, String embargo) {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	public ArticleForm {
		authors = authors == null ? List.of() : authors;
		// An unticked checkbox is not sent at all.
		commentsOpen = Boolean.TRUE.equals(commentsOpen);
	}

	static ArticleForm of(EditableArticle article, ZoneId zone) {
		var draft = article.draft();
		return new ArticleForm(draft.headline(), draft.dek(), draft.slug(), Long.toString(draft.sectionId()),
				draft.dateline(), draft.bodyMarkdown(),
				draft.heroPhotoId() == null ? "" : draft.heroPhotoId().toString(), String.join(", ", draft.tagNames()),
				draft.authorIds().stream().map(String::valueOf).toList(), draft.commentsOpen(),
				local(draft.embargoAt(), zone));
	}

	/** The draft, or an exception with a message about the field that cannot be read. */
	ArticleDraft draft(ZoneId zone) {
		List<Long> bylines = new ArrayList<>();
		for (String author : this.authors) {
			long id = number(author, "byline");
			if (!bylines.contains(id)) { // the same byline twice is one byline
				bylines.add(id);
			}
		}
		Long heroId = this.hero == null || this.hero.isBlank() ? null : number(this.hero, "hero photo");
		long sectionId = this.section == null || this.section.isBlank() ? 0 : number(this.section, "section");
		List<String> tagNames = this.tags == null ? List.of() : Arrays.stream(this.tags.split(",")).toList();
		return new ArticleDraft(this.headline, this.dek, this.slug, sectionId, this.dateline, this.body, heroId,
				tagNames, bylines, this.commentsOpen, time(this.embargo, zone, "embargo"));
	}

	public boolean hasByline(long authorId) {
		return this.authors.contains(Long.toString(authorId));
	}

	static Instant time(String value, ZoneId zone, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip(), LOCAL).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("The " + field + " time should look like 2026-11-28T14:30.");
		}
	}

	static String local(Instant instant, ZoneId zone) {
		return instant == null ? "" : LOCAL.format(instant.atZone(zone));
	}

	private static long number(String value, String field) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("The " + field + " should be a number, not \"" + value + "\".");
		}
	}

}
