package org.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as the editor screen shows it: what was written, where it stands, and who
 * made it.
 */
public record EditableArticle(long id, int version, ArticleStatus status, String path, ArticleDraft draft,
		Instant publishedAt, Instant updatedAt, Instant createdAt, Instant modifiedAt, Long createdBy,
		List<Correction> corrections) {

	public boolean isPublished() {
		return this.status == ArticleStatus.PUBLISHED;
	}

	public boolean isScheduled() {
		return this.status == ArticleStatus.SCHEDULED;
	}

}
