package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.ArticleFilter;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Author;
import org.dateline.article.ListedArticle;
import org.dateline.article.Section;

/** The newsroom's list of articles with its filters. */
public record ArticleListPage(Desk desk, List<ListedArticle> articles, ArticleFilter filter, List<Section> sections,
		List<Author> authors, int page, boolean hasMore, boolean onlyOwn) {

	public List<ArticleStatus> statuses() {
		return List.of(ArticleStatus.values());
	}

	public List<ArticleFilter.Sort> sorts() {
		return List.of(ArticleFilter.Sort.values());
	}

	public String sortLabel(ArticleFilter.Sort sort) {
		return switch (sort) {
			case RECENTLY_CHANGED -> "Recently changed";
			case NEWEST_PUBLISHED -> "Newest published";
			case NEXT_TO_PUBLISH -> "Next to publish";
			case HEADLINE -> "Headline A–Z";
		};
	}

	/** The query string of these filters with another page number. */
	public String pageLink(int number) {
		StringBuilder link = new StringBuilder("/newsroom/articles?page=" + number);
		if (this.filter.status() != null) {
			link.append("&status=").append(this.filter.status().name().toLowerCase());
		}
		if (this.filter.sectionId() != null) {
			link.append("&section=").append(this.filter.sectionId());
		}
		if (this.filter.authorId() != null) {
			link.append("&author=").append(this.filter.authorId());
		}
		if (!this.filter.query().isBlank()) {
			link.append("&q=")
				.append(java.net.URLEncoder.encode(this.filter.query(), java.nio.charset.StandardCharsets.UTF_8));
		}
		link.append("&sort=").append(this.filter.sort().name().toLowerCase());
		return link.toString();
	}

}
