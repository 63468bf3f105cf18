package org.dateline.api;

import java.time.Instant;
import java.util.List;

import org.dateline.api.TaxonomyJson.AuthorJson;
import org.dateline.api.TaxonomyJson.SectionJson;
import org.dateline.api.TaxonomyJson.TagRef;
import org.dateline.article.Article;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Correction;

/**
 * A whole published article as the API shows it. {@code body_html} is the sanitised HTML
 * of the article page, opening with the dateline in {@code <span class="dateline">}.
 *
 * @param updatedAt when the story last changed in substance after publication, or null
 * @param embargoedUntil when the embargo the story was held under lifted, or null when it
 * had none (the API shows no story before its embargo lifts)
 * @param url the article page, its canonical URL
 */
record ArticleJson(long id, String slug, String url, String headline, String dek, String dateline, String bodyHtml,
		SectionJson section, List<TagRef> tags, List<AuthorJson> authors, PhotoJson hero,
		List<CorrectionJson> corrections, String publishedAt, String updatedAt, String embargoedUntil,
		boolean commentsOpen, int commentCount, Links links) {

	record CorrectionJson(long id, String kind, String text, String publishedAt) {

		static CorrectionJson of(Correction correction, ApiLinks links) {
			return new CorrectionJson(correction.id(), correction.kind().name().toLowerCase(java.util.Locale.ROOT),
					correction.text(), links.time(correction.publishedAt()));
		}

	}

	/** Where to read more about an article: itself, its ninjs, its comments, its page. */
	record Links(String self, String ninjs, String comments) {

		static Links of(long id, ApiLinks links) {
			return new Links(links.api("/articles/" + id), links.api("/articles/" + id + "/ninjs"),
					links.api("/articles/" + id + "/comments"));
		}

	}

	static ArticleJson of(Article article, int commentCount, Instant embargo, ApiLinks links) {
		return new ArticleJson(article.id(), article.slug(), links.site(article.path()), article.headline(),
				ApiLinks.orNull(article.dek()), ApiLinks.orNull(article.dateline()), article.bodyHtml(),
				SectionJson.of(article.section(), links),
				article.tags().stream().map((tag) -> TagRef.of(tag, links)).toList(),
				article.authors().stream().map((author) -> AuthorJson.of(author, links)).toList(),
				article.hasHero() ? PhotoJson.of(article.hero(), links) : null,
				article.corrections().stream().map((c) -> CorrectionJson.of(c, links)).toList(),
				links.time(article.publishedAt()), article.wasUpdated() ? links.time(article.updatedAt()) : null,
				embargo == null ? null : links.time(embargo), article.commentsOpen(), commentCount,
				Links.of(article.id(), links));
	}

	/** An article as lists show it: enough for a teaser, with links to the rest. */
	record Summary(long id, String slug, String url, String headline, String dek, SectionJson section,
			List<AuthorJson> authors, PhotoJson hero, String publishedAt, String updatedAt, Links links) {

		static Summary of(ArticleSummary article, ApiLinks links) {
			boolean updated = article.updatedAt() != null && article.updatedAt().isAfter(article.publishedAt());
			return new Summary(article.id(), article.slug(), links.site(article.path()), article.headline(),
					ApiLinks.orNull(article.dek()), SectionJson.of(article.section(), links),
					article.authors().stream().map((author) -> AuthorJson.of(author, links)).toList(),
					article.hasHero() ? PhotoJson.of(article.hero(), links) : null, links.time(article.publishedAt()),
					updated ? links.time(article.updatedAt()) : null, Links.of(article.id(), links));
		}

	}

	/**
	 * A page of articles, newest first.
	 *
	 * @param nextCursor the opaque cursor of the next page, or null on the last page
	 * @param next the URL of the next page, or null on the last page
	 */
	record Page(List<Summary> items, String nextCursor, String next) {
	}

}
