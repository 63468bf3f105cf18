package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Published articles as syndication reads them: the content API, webhooks and feeds.
 * Drafts, scheduled and embargoed stories never come out of here. See
 * {@link ArticleService} for the reader pages.
 */
@Service
public class PublishedArticles {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final TagRepository tags;

	private final Clock clock;

	PublishedArticles(ArticleRepository articles, AuthorRepository authors, TagRepository tags, Clock clock) {
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.clock = clock;
	}

	/**
	 * Up to {@code limit} published articles matching the query, newest first, with their
	 * bylines.
	 */
	public List<ArticleSummary> page(ArticleQuery query, int limit) {
		List<ArticleSummary> page = this.articles.publishedPage(query, limit, this.clock.instant());
		Map<Long, List<Author>> bylines = this.authors.bylines(page.stream().map(ArticleSummary::id).toList());
		return page.stream().map((s) -> s.withAuthors(bylines.getOrDefault(s.id(), List.of()))).toList();
	}

	/** The published article with this id, with bylines, tags and corrections. */
	public Optional<Article> byId(long id) {
		return this.articles.findById(id).filter(this::isPublic).map(this::complete);
	}

	/** The published article with this slug, with bylines, tags and corrections. */
	public Optional<Article> bySlug(String slug) {
		return this.articles.findBySlug(slug).filter(this::isPublic).map(this::complete);
	}

	/** The current slug of the published article that used to have this one. */
	public Optional<String> renamedFrom(String oldSlug) {
		return this.articles.currentSlugFor(oldSlug)
			.flatMap(this.articles::findBySlug)
			.filter(this::isPublic)
			.map(Article::slug);
	}

	/** Tags with at least one published article, A to Z, with how many. */
	public List<TagUsage> tags() {
		return this.tags.publishedUsage();
	}

	/** Every author profile, A to Z: each has a public page. */
	public List<Author> authors() {
		return this.authors.findAll();
	}

	/**
	 * When the embargo an article was held under lifts (or lifted), or null when it has
	 * none: syndication clients are told.
	 */
	public Instant embargoOf(long articleId) {
		return this.articles.embargoOf(articleId);
	}

	/**
	 * Published, and not under an embargo: the editor refuses to publish before one ends,
	 * and this makes sure nothing that slipped through reaches a syndication client.
	 */
	private boolean isPublic(Article article) {
		if (!article.isPublished() || article.publishedAt() == null) {
			return false;
		}
		Instant embargo = this.articles.embargoOf(article.id());
		return embargo == null || !embargo.isAfter(this.clock.instant());
	}

	private Article complete(Article article) {
		return new Article(article.id(), article.slug(), article.path(), article.headline(), article.dek(),
				article.dateline(), article.bodyHtml(), article.status(), article.section(), article.publishedAt(),
				article.updatedAt(), article.modifiedAt(), article.hero(), article.commentsOpen(),
				this.authors.bylines(List.of(article.id())).getOrDefault(article.id(), List.of()),
				this.tags.forArticle(article.id()), this.articles.corrections(article.id()));
	}

}
