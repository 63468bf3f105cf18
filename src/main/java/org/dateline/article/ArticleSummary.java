package org.dateline.article;

import java.time.Instant;
import java.util.List;

import org.dateline.media.Photo;

/** An article as lists show it: a teaser with headline, dek, hero photo and bylines. */
public record ArticleSummary(long id, String slug, String path, String headline, String dek, Section section,
		Instant publishedAt, Instant updatedAt, Photo hero, List<Author> authors) {

	ArticleSummary withAuthors(List<Author> bylines) {
		return new ArticleSummary(this.id, this.slug, this.path, this.headline, this.dek, this.section,
				this.publishedAt, this.updatedAt, this.hero, List.copyOf(bylines));
	}

	public boolean hasHero() {
		return this.hero != null;
	}

}
