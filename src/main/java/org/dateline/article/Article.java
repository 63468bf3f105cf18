package org.dateline.article;

import java.time.Instant;
import java.util.List;

import org.dateline.media.Photo;

/**
 * A whole article as its page shows it. {@code bodyHtml} was rendered from Markdown and
 * sanitised when the article was saved, and already opens with the dateline.
 *
 * @param updatedAt when the article last changed in substance after publication, or
 * {@code null}
 * @param modifiedAt when anything about it last changed, for caches and sitemaps
 */
public record Article(long id, String slug, String path, String headline, String dek, String dateline, String bodyHtml,
		ArticleStatus status, Section section, Instant publishedAt, Instant updatedAt, Instant modifiedAt, Photo hero,
		boolean commentsOpen, List<Author> authors, List<Tag> tags, List<Correction> corrections) {

	public boolean hasHero() {
		return this.hero != null;
	}

	public boolean wasUpdated() {
		return this.updatedAt != null && this.publishedAt != null && this.updatedAt.isAfter(this.publishedAt);
	}

	public boolean isPublished() {
		return this.status == ArticleStatus.PUBLISHED;
	}

}
