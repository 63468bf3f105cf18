package org.dateline.article;

import java.time.Instant;

/** A row of the newsroom's article list. */
public record ListedArticle(long id, String headline, ArticleStatus status, String slug, String sectionName,
		Instant publishedAt, Instant modifiedAt, Instant embargoAt, String updatedBy) {
}
