package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.ListedArticle;

/**
 * The newsroom's dashboard: the signed-in person's drafts, the desk's other drafts (for
 * editors), what goes out next, and what went out last.
 */
public record DashboardPage(Desk desk, List<ListedArticle> myDrafts, List<ListedArticle> deskDrafts,
		List<ListedArticle> scheduled, List<ListedArticle> published) {
}
