package org.dateline.article;

import java.time.Instant;

/**
 * Which published articles a syndication client (the content API, feeds) asks for, newest
 * first. Every part is optional.
 *
 * @param since only articles published at or after this time
 * @param until only articles published before this time
 * @param after only articles after this one in the newest-first order: a keyset, so a
 * client walking the pages sees every article once even while new ones are published
 */
public record ArticleQuery(Long sectionId, Long tagId, Long authorId, Instant since, Instant until, Keyset after) {

	public static final ArticleQuery ALL = new ArticleQuery(null, null, null, null, null, null);

	public ArticleQuery after(Keyset keyset) {
		return new ArticleQuery(this.sectionId, this.tagId, this.authorId, this.since, this.until, keyset);
	}

	/** A position in the newest-first order of published articles. */
	public record Keyset(Instant publishedAt, long id) {

		public static Keyset of(ArticleSummary article) {
			return new Keyset(article.publishedAt(), article.id());
		}

	}

}
