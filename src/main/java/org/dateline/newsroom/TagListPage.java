package org.dateline.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dateline.article.TagUsage;

/** One page of the newsroom's tags, A to Z, found by a search of their names. */
public record TagListPage(Desk desk, List<TagUsage> tags, String query, long total, int page, boolean hasMore,
		String notice) {

	/** The link to another page of this search. */
	public String pageLink(int number) {
		String link = "/newsroom/tags?page=" + number;
		return this.query.isBlank() ? link : link + "&q=" + URLEncoder.encode(this.query, StandardCharsets.UTF_8);
	}

}
