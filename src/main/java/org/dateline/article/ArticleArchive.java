package org.dateline.article;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/**
 * Published stories for the machines that read the site: feeds (the latest articles in
 * full, with bylines and tags), sitemaps (every story by month, the list pages that have
 * any) and whoever announces a change (where an article shows). Readers' pages go through
 * {@link ArticleService}.
 */
@Service
public class ArticleArchive {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final ArchiveRepository archive;

	ArticleArchive(ArticleRepository articles, AuthorRepository authors, ArchiveRepository archive) {
		this.articles = articles;
		this.authors = authors;
		this.archive = archive;
	}

	/** The latest published articles in full (body, bylines, tags), newest first. */
	public List<Article> latest(int limit) {
		return inFull(this.articles.latest(limit, 0));
	}

	public List<Article> latestInSection(Section section, int limit) {
		return inFull(this.articles.latestInSection(section.id(), limit, 0));
	}

	public List<Article> latestWithTag(Tag tag, int limit) {
		return inFull(this.articles.latestWithTag(tag.id(), limit, 0));
	}

	public List<Article> latestByAuthor(Author author, int limit) {
		return inFull(this.articles.latestByAuthor(author.id(), limit, 0));
	}

	/**
	 * An article whatever its status, with bylines and tags: where a change to it shows
	 * (its section, tags and bylines), also once it has come off the site.
	 */
	public Optional<Article> find(long id) {
		return this.articles.findById(id).map((article) -> withBylinesAndTags(List.of(article)).getFirst());
	}

	/** The months with published stories, oldest first. */
	public List<ArchiveMonth> months(ZoneId zone) {
		Map<YearMonth, Instant> lastModified = new TreeMap<>();
		Map<YearMonth, Integer> counts = new TreeMap<>();
		for (Instant[] times : this.archive.publicationTimes()) {
			YearMonth month = YearMonth.from(times[0].atZone(zone));
			Instant changed = (times[1] == null || times[1].isBefore(times[0])) ? times[0] : times[1];
			lastModified.merge(month, changed, (a, b) -> a.isAfter(b) ? a : b);
			counts.merge(month, 1, Integer::sum);
		}
		List<ArchiveMonth> months = new ArrayList<>();
		lastModified.forEach((month, changed) -> months.add(new ArchiveMonth(month, counts.get(month), changed)));
		return months;
	}

	/**
	 * The stories published in a month (in the newsroom's time zone), oldest first:
	 * {@code limit} of them from the {@code offset}-th on.
	 */
	public List<ArchivedArticle> publishedIn(YearMonth month, ZoneId zone, int limit, long offset) {
		return this.archive.publishedBetween(month.atDay(1).atStartOfDay(zone).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), limit, offset);
	}

	/** The stories published since {@code since}, newest first. */
	public List<ArchivedArticle> publishedSince(Instant since, int limit) {
		return this.archive.publishedSince(since, limit);
	}

	/** Every section front, in menu order. */
	public List<ArchivePage> sectionPages() {
		return this.archive.sections();
	}

	/**
	 * The pages of tags that have published stories, A to Z: {@code limit} from the
	 * {@code offset}-th on.
	 */
	public List<ArchivePage> tagPages(int limit, long offset) {
		return this.archive.tags(limit, offset);
	}

	/**
	 * The pages of authors who have published stories, A to Z: {@code limit} from the
	 * {@code offset}-th on.
	 */
	public List<ArchivePage> authorPages(int limit, long offset) {
		return this.archive.authors(limit, offset);
	}

	/**
	 * Whole articles for a page of summaries, in the same order: two more queries
	 * whatever their number, plus one for bylines and one for tags.
	 */
	private List<Article> inFull(List<ArticleSummary> summaries) {
		Map<Long, Article> byId = new LinkedHashMap<>();
		this.articles.findByIds(summaries.stream().map(ArticleSummary::id).toList())
			.forEach((article) -> byId.put(article.id(), article));
		List<Article> ordered = summaries.stream().map((s) -> byId.get(s.id())).filter((a) -> a != null).toList();
		return withBylinesAndTags(ordered);
	}

	private List<Article> withBylinesAndTags(List<Article> found) {
		List<Long> ids = found.stream().map(Article::id).toList();
		Map<Long, List<Author>> bylines = this.authors.bylines(ids);
		Map<Long, List<Tag>> tags = this.archive.tags(ids);
		return found.stream()
			.map((a) -> new Article(a.id(), a.slug(), a.path(), a.headline(), a.dek(), a.dateline(), a.bodyHtml(),
					a.status(), a.section(), a.publishedAt(), a.updatedAt(), a.modifiedAt(), a.hero(), a.commentsOpen(),
					List.copyOf(bylines.getOrDefault(a.id(), List.of())),
					List.copyOf(tags.getOrDefault(a.id(), List.of())), List.of()))
			.toList();
	}

}
