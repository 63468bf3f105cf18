package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles as imports and exports see them: whole, drafts included, with no desk role
 * involved (the command line is the operator's). See {@link ArticleService} for readers'
 * articles and {@link ArticleEditing} for the newsroom's.
 */
@Service
public class ArticleImports {

	private final ArticleService service;

	private final ArticleImportRepository imports;

	private final ArticleRepository articles;

	private final ArticleEditRepository edits;

	private final AuthorRepository authors;

	private final TagRepository tags;

	private final ArticleBody body;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleImports(ArticleService service, ArticleImportRepository imports, ArticleRepository articles,
			ArticleEditRepository edits, AuthorRepository authors, TagRepository tags, ArticleBody body,
			ApplicationEventPublisher events, Clock clock) {
		this.service = service;
		this.imports = imports;
		this.articles = articles;
		this.edits = edits;
		this.authors = authors;
		this.tags = tags;
		this.body = body;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an imported article under the slug it asks for, or that slug with a number
	 * when another article has or had it.
	 */
	@Transactional
	public long create(NewArticle article) {
		String slug = freeSlug(article.slug(), 0);
		return this.service.create(withSlug(article, slug));
	}

	/**
	 * Overwrites an article an import made before with the item's new content. A new slug
	 * moves the story and keeps its old URL answering with a 301.
	 */
	@Transactional
	public void replace(long id, NewArticle article) {
		String current = this.imports.slug(id).orElseThrow(() -> new ArticleNotFoundException(Long.toString(id)));
		Optional<Article> before = this.articles.findById(id);
		// where readers saw it until now: a section, tag or byline it leaves is told too
		List<String> listedBefore = before.filter(Article::isPublished)
			.map((a) -> ArticleLifecycle.listPages(a.section(), this.tags.forArticle(id),
					this.authors.bylines(List.of(id)).getOrDefault(id, List.of())))
			.orElse(List.of());
		String slug = Slugs.slugify(article.slug()).equals(current) ? current : freeSlug(article.slug(), id);
		if (!slug.equals(current)) {
			this.articles.changeSlug(id, current, slug, this.clock.instant());
		}
		this.imports.update(id, article, this.body.render(article.bodyMarkdown(), article.dateline()),
				this.clock.instant());
		this.authors.replaceBylines(id, article.authorIds().stream().distinct().toList());
		Set<Long> tagIds = new LinkedHashSet<>();
		for (String name : article.tagNames()) {
			String tagSlug = Slugs.slugify(name);
			if (!tagSlug.isEmpty()) {
				tagIds.add(this.tags.findOrCreate(tagSlug, name.strip()).id());
			}
		}
		this.tags.replaceTags(id, List.copyOf(tagIds));
		this.imports.deleteCorrections(id);
		for (NewArticle.NewCorrection correction : article.corrections()) {
			this.articles.insertCorrection(id, correction.kind(), correction.text(), correction.publishedAt());
		}
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
		boolean wasPublished = before.map(Article::isPublished).orElse(false);
		if (article.status() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(id,
					wasPublished ? ArticleLifecycle.Change.UPDATED : ArticleLifecycle.Change.PUBLISHED, listedBefore));
		}
		else if (wasPublished) {
			this.events.publishEvent(new ArticleLifecycle(id, ArticleLifecycle.Change.UNPUBLISHED, listedBefore));
		}
	}

	/** The URL of a published article, for redirects from its old addresses. */
	public Optional<String> publishedPath(long id) {
		return this.articles.findById(id).filter(Article::isPublished).map(Article::path);
	}

	/**
	 * The ids of the articles to export, oldest first: all, one section's, or those
	 * published from {@code from} (inclusive) to {@code to} (exclusive).
	 */
	public List<Long> exportIds(Long sectionId, Instant from, Instant to) {
		return this.imports.ids(sectionId, from, to);
	}

	/**
	 * An article whole, as an export writes it: its bylines as ids, its tags as names,
	 * its corrections.
	 */
	public Optional<NewArticle> exported(long id) {
		return this.imports.find(id).map((article) -> {
			List<Long> bylines = this.authors.bylines(List.of(id))
				.getOrDefault(id, List.of())
				.stream()
				.map(Author::id)
				.toList();
			List<String> tagNames = this.tags.forArticle(id).stream().map(Tag::name).toList();
			List<NewArticle.NewCorrection> corrections = this.articles.corrections(id)
				.stream()
				.map((c) -> new NewArticle.NewCorrection(c.kind(), c.text(), c.publishedAt()))
				.toList();
			return new NewArticle(article.slug(), article.sectionId(), article.headline(), article.dek(),
					article.dateline(), article.bodyMarkdown(), article.status(), article.heroPhotoId(),
					article.commentsOpen(), article.publishedAt(), article.updatedAt(), bylines, tagNames, corrections);
		});
	}

	/** An article's body as readers get it (for exports to systems that take HTML). */
	public String html(NewArticle article) {
		return this.body.render(article.bodyMarkdown(), article.dateline());
	}

	/** Every author, for exports. */
	public List<Author> authors() {
		return this.authors.findAll();
	}

	/** The author with this slug, created with this name when there is none. */
	@Transactional
	public Author author(String slug, String name, String bio) {
		return this.authors.findBySlug(slug).orElseGet(() -> {
			long id = this.authors.insert(slug, name, bio == null ? "" : bio);
			return new Author(id, slug, name, bio == null ? "" : bio, "");
		});
	}

	private String freeSlug(String wanted, long exceptArticle) {
		String base = Slugs.slugify(wanted == null ? "" : wanted);
		if (base.isEmpty()) {
			base = "story";
		}
		String slug = base;
		for (int n = 2; this.edits.slugTaken(slug, exceptArticle); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static NewArticle withSlug(NewArticle a, String slug) {
		return new NewArticle(slug, a.sectionId(), a.headline(), a.dek(), a.dateline(), a.bodyMarkdown(), a.status(),
				a.heroPhotoId(), a.commentsOpen(), a.publishedAt(), a.updatedAt(), a.authorIds(), a.tagNames(),
				a.corrections());
	}

}
