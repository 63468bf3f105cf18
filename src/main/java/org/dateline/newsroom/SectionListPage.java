package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.article.Section;

/** The newsroom's list of sections in navigation order, with their article counts. */
public record SectionListPage(Desk desk, List<Section> sections, Map<Long, Long> articleCounts, String notice) {

	public long articles(Section section) {
		return this.articleCounts.getOrDefault(section.id(), 0L);
	}

}
