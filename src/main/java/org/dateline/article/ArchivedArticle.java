package org.dateline.article;

import java.time.Instant;

/**
 * A published article as sitemaps list it: where it is, its headline, when it appeared
 * and when anything about it last changed.
 */
public record ArchivedArticle(long id, String path, String headline, Instant publishedAt, Instant modifiedAt) {

	/**
	 * When crawlers should consider it changed: a story scheduled ahead was last touched
	 * before it appeared.
	 */
	public Instant lastModified() {
		return (this.modifiedAt == null || this.modifiedAt.isBefore(this.publishedAt)) ? this.publishedAt
				: this.modifiedAt;
	}

}
