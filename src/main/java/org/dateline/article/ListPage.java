package org.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.dateline.web.Dates;
import org.dateline.web.PageMeta;
import org.dateline.web.Pagination;

/**
 * The model of a list of articles: a section front, a tag or author page, or the later
 * pages of the front page.
 *
 * @param author the author whose page this is, or {@code null}
 */
public record ListPage(PageMeta meta, String kicker, String heading, String description, Author author,
		List<ArticleSummary> articles, Pagination pagination, ZoneId zone) {

	public String iso(Instant instant) {
		return Dates.iso(instant, this.zone);
	}

	public String day(Instant instant) {
		return Dates.day(instant, this.zone);
	}

}
