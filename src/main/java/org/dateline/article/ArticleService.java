package org.dateline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dateline.web.ContentChanged;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.Pagination;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and writing articles. Readers only ever get published articles; see
 * {@link ArticleController} for their URLs.
 */
@Service
public class ArticleService {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final TagRepository tags;

	private final SectionService sections;

	private final ArticleBody body;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleService(ArticleRepository articles, AuthorRepository authors, TagRepository tags, SectionService sections,
			ArticleBody body, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.sections = sections;
		this.body = body;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The published article with this slug, with bylines, tags and corrections.
	 * @throws MovedPermanentlyException when the slug is an old one of an article
	 * @throws ArticleNotFoundException when there is no such published article
	 */
	public Article published(String slug) {
		Article article = publishedAlone(slug);
		return new Article(article.id(), article.slug(), article.path(), article.headline(), article.dek(),
				article.dateline(), article.bodyHtml(), article.status(), article.section(), article.publishedAt(),
				article.updatedAt(), article.modifiedAt(), article.hero(), article.commentsOpen(),
				this.authors.bylines(List.of(article.id())).getOrDefault(article.id(), List.of()),
				this.tags.forArticle(article.id()), this.articles.corrections(article.id()));
	}

	/**
	 * The published article with this slug, without its bylines, tags and corrections:
	 * one query, for requests that only need to know the article (posting a comment to
	 * it).
	 */
	Article publishedAlone(String slug) {
		Optional<Article> found = this.articles.findBySlug(slug).filter(Article::isPublished);
		if (found.isEmpty()) {
			Optional<Article> renamed = this.articles.currentSlugFor(slug)
				.flatMap(this.articles::findBySlug)
				.filter(Article::isPublished);
			if (renamed.isPresent()) {
				throw new MovedPermanentlyException(renamed.get().path());
			}
			throw new ArticleNotFoundException(slug);
		}
		return found.get();
	}

	/**
	 * Up to {@code limit} published articles like this one: those sharing the most tags,
	 * then the latest of its section.
	 */
	public List<ArticleSummary> related(Article article, int limit) {
		Map<Long, ArticleSummary> related = new LinkedHashMap<>();
		for (ArticleSummary summary : this.articles.sharingTags(article.id(), limit)) {
			related.put(summary.id(), summary);
		}
		if (related.size() < limit) {
			for (ArticleSummary summary : this.articles.latestInSection(article.section().id(), limit + 1, 0)) {
				if (summary.id() != article.id() && related.size() < limit) {
					related.putIfAbsent(summary.id(), summary);
				}
			}
		}
		return withBylines(new ArrayList<>(related.values()));
	}

	public List<ArticleSummary> latest(Pagination page) {
		return withBylines(this.articles.latest(page.pageSize(), page.offset()));
	}

	/**
	 * Teasers of these published articles, in the order given (a search's ranking); ids
	 * of articles that are not published are left out.
	 */
	public List<ArticleSummary> summaries(List<Long> ids) {
		Map<Long, ArticleSummary> found = new HashMap<>();
		withBylines(this.articles.publishedByIds(ids)).forEach((summary) -> found.put(summary.id(), summary));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	public long countPublished() {
		return this.articles.countPublished();
	}

	public List<ArticleSummary> latestInSection(Section section, Pagination page) {
		return withBylines(this.articles.latestInSection(section.id(), page.pageSize(), page.offset()));
	}

	public long countInSection(Section section) {
		return this.articles.countInSection(section.id());
	}

	public Optional<Tag> tag(String slug) {
		return this.tags.findBySlug(slug);
	}

	public List<ArticleSummary> latestWithTag(Tag tag, Pagination page) {
		return withBylines(this.articles.latestWithTag(tag.id(), page.pageSize(), page.offset()));
	}

	public long countWithTag(Tag tag) {
		return this.articles.countWithTag(tag.id());
	}

	public Optional<Author> author(String slug) {
		return this.authors.findBySlug(slug);
	}

	public List<ArticleSummary> latestByAuthor(Author author, Pagination page) {
		return withBylines(this.articles.latestByAuthor(author.id(), page.pageSize(), page.offset()));
	}

	public long countByAuthor(Author author) {
		return this.articles.countByAuthor(author.id());
	}

	/**
	 * The latest articles of every section, leaving out those already shown elsewhere on
	 * the page.
	 */
	public Map<Section, List<ArticleSummary>> latestPerSection(int perSection, Set<Long> excluding) {
		List<Section> all = this.sections.all();
		List<ArticleSummary> found = withBylines(
				this.articles.latestPerSection(all.stream().map(Section::id).toList(), perSection, excluding));
		Map<Section, List<ArticleSummary>> bySection = new LinkedHashMap<>();
		for (Section section : all) {
			List<ArticleSummary> inSection = found.stream().filter((a) -> a.section().id() == section.id()).toList();
			if (!inSection.isEmpty()) {
				bySection.put(section, inSection);
			}
		}
		return bySection;
	}

	@Transactional
	public long create(NewArticle article) {
		String html = this.body.render(article.bodyMarkdown(), article.dateline());
		long id = this.articles.insert(article, html, this.clock.instant());
		this.authors.replaceBylines(id, article.authorIds());
		Set<Long> tagIds = new LinkedHashSet<>();
		for (String name : article.tagNames()) {
			String slug = Slugs.slugify(name);
			if (!slug.isEmpty()) {
				tagIds.add(this.tags.findOrCreate(slug, name.strip()).id());
			}
		}
		this.tags.replaceTags(id, List.copyOf(tagIds));
		for (NewArticle.NewCorrection correction : article.corrections()) {
			this.articles.insertCorrection(id, correction.kind(), correction.text(), correction.publishedAt());
		}
		this.events.publishEvent(changed(id));
		if (article.status() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(id, ArticleLifecycle.Change.PUBLISHED));
		}
		return id;
	}

	/** Gives an article a new slug; the old one keeps answering with a redirect. */
	@Transactional
	public void changeSlug(String oldSlug, String newSlug) {
		Article article = this.articles.findBySlug(oldSlug).orElseThrow(() -> new ArticleNotFoundException(oldSlug));
		this.articles.changeSlug(article.id(), oldSlug, newSlug, this.clock.instant());
		// every list linking to it, and the old URL's cached page, must go
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
		this.events.publishEvent(new ArticleLifecycle(article.id(), ArticleLifecycle.Change.UPDATED));
	}

	@Transactional
	public long createAuthor(String slug, String name, String bio) {
		return this.authors.insert(slug, name, bio);
	}

	/**
	 * The surrogate keys of every page an article appears on: its own, the front, its
	 * section, tags and bylines.
	 */
	private ContentChanged changed(long id) {
		Set<String> keys = new LinkedHashSet<>(List.of(SurrogateKeys.article(id), SurrogateKeys.FRONT));
		this.articles.findById(id).ifPresent((article) -> keys.add(SurrogateKeys.section(article.section().slug())));
		this.tags.forArticle(id).forEach((tag) -> keys.add(SurrogateKeys.tag(tag.slug())));
		this.authors.bylines(List.of(id))
			.getOrDefault(id, List.of())
			.forEach((author) -> keys.add(SurrogateKeys.author(author.slug())));
		return new ContentChanged(keys);
	}

	private List<ArticleSummary> withBylines(List<ArticleSummary> summaries) {
		Map<Long, List<Author>> bylines = this.authors.bylines(summaries.stream().map(ArticleSummary::id).toList());
		return summaries.stream().map((s) -> s.withAuthors(bylines.getOrDefault(s.id(), List.of()))).toList();
	}

}
