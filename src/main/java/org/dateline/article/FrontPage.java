package org.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.dateline.web.Dates;
import org.dateline.web.PageMeta;

/**
 * The model of the front page: the lead story, the top stories, then the latest of each
 * section.
 */
public record FrontPage(PageMeta meta, ArticleSummary lead, List<ArticleSummary> top,
		Map<Section, List<ArticleSummary>> sections, boolean hasMore, ZoneId zone) {

	public boolean isEmpty() {
		return this.lead == null;
	}

	public String iso(Instant instant) {
		return Dates.iso(instant, this.zone);
	}

	public String day(Instant instant) {
		return Dates.day(instant, this.zone);
	}

}
