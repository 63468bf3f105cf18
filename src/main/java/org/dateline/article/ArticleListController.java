package org.dateline.article;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.web.JsonLd;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.NotFoundException;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;
import org.dateline.web.Pagination;
import org.dateline.web.SurrogateKeys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that list articles: the front page, section fronts, tag and author pages, all
 * paginated with {@code ?page=N}. A page beyond the last is a 404, so crawlers do not
 * index empty pages. The old slug of a renamed section, tag or author answers with a 301
 * to its new page, for ever.
 */
@Controller
class ArticleListController {

	static final int PAGE_SIZE = 20;

	static final int TOP_STORIES = 4;

	static final int PER_SECTION = 4;

	private final ArticleService articles;

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Pages pages;

	ArticleListController(ArticleService articles, SectionService sections, TagService tags, AuthorService authors,
			Pages pages) {
		this.articles = articles;
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
		this.pages = pages;
	}

	@GetMapping("/")
	String front(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		if (page != 1) {
			model.addAttribute("page", allStories(page));
			return "article/list";
		}
		List<ArticleSummary> latest = this.articles.latest(new Pagination("/", 1, 1 + TOP_STORIES, 0));
		ArticleSummary lead = latest.isEmpty() ? null : latest.getFirst();
		List<ArticleSummary> top = latest.size() > 1 ? latest.subList(1, latest.size()) : List.of();
		Set<Long> shown = new HashSet<>();
		latest.forEach((a) -> shown.add(a.id()));
		Map<Section, List<ArticleSummary>> bySection = this.articles.latestPerSection(PER_SECTION, shown);
		long total = this.articles.countPublished();
		PageMeta meta = this.pages.page(this.pages.site().name(), "/")
			.description(this.pages.site().description())
			.jsonLd(websiteData())
			.build();
		model.addAttribute("page",
				new FrontPage(meta, lead, top, bySection, total > shown.size(), this.pages.site().zone()));
		return "article/front";
	}

	/**
	 * Page 2 onwards of the front page: every story, newest first. Page 1 is the edited
	 * front, so the list starts on page 2 with the newest story, and nothing the front
	 * leaves out is lost.
	 */
	private ListPage allStories(int page) {
		Pagination pagination = pagination("/", page, this.articles.countPublished() + PAGE_SIZE);
		Pagination stories = new Pagination("/", page - 1, PAGE_SIZE, 0);
		String site = this.pages.site().name();
		return list(pagination, "Latest", "All stories", "Every story on " + site + ", newest first.", null,
				this.articles.latest(stories));
	}

	@GetMapping("/{section:[a-z0-9-]+}")
	String sectionWithoutSlash(@PathVariable String section) {
		Section found = this.sections.bySlug(section)
			.or(() -> this.sections.movedTo(section))
			.orElseThrow(() -> new SectionNotFoundException(section));
		throw new MovedPermanentlyException(found.path());
	}

	@GetMapping("/{section:[a-z0-9-]+}/")
	String section(@PathVariable String section, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		// before the lookup: a cached redirect from an old slug is purged with it
		SurrogateKeys.add(request, SurrogateKeys.section(section));
		Section found = this.sections.bySlug(section)
			.orElseThrow(() -> movedOr(this.sections.movedTo(section).map(Section::path), page,
					new SectionNotFoundException(section)));
		Pagination pagination = pagination(found.path(), page, this.articles.countInSection(found));
		ListPage list = list(pagination, "Section", found.name(), found.description(), null,
				this.articles.latestInSection(found, pagination), found.slug());
		model.addAttribute("page", list);
		return "article/list";
	}

	@GetMapping("/tag/{slug:[a-z0-9-]+}")
	String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		SurrogateKeys.add(request, SurrogateKeys.tag(slug));
		Tag tag = this.articles.tag(slug)
			.orElseThrow(() -> movedOr(this.tags.movedTo(slug).map(Tag::path), page, new TagNotFoundException(slug)));
		Pagination pagination = pagination(tag.path(), page, this.articles.countWithTag(tag));
		model.addAttribute("page", list(pagination, "Topic", tag.name(), "Stories about " + tag.name() + ".", null,
				this.articles.latestWithTag(tag, pagination)));
		return "article/list";
	}

	@GetMapping("/author/{slug:[a-z0-9-]+}")
	String author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		SurrogateKeys.add(request, SurrogateKeys.author(slug));
		Author author = this.articles.author(slug)
			.orElseThrow(() -> movedOr(this.authors.movedTo(slug).map(Author::path), page,
					new AuthorNotFoundException(slug)));
		Pagination pagination = pagination(author.path(), page, this.articles.countByAuthor(author));
		model.addAttribute("page", list(pagination, "Author", author.name(), author.bio(), author,
				this.articles.latestByAuthor(author, pagination)));
		return "article/list";
	}

	private ListPage list(Pagination pagination, String kicker, String heading, String description, Author author,
			List<ArticleSummary> found) {
		return list(pagination, kicker, heading, description, author, found, "");
	}

	private ListPage list(Pagination pagination, String kicker, String heading, String description, Author author,
			List<ArticleSummary> found, String activeNav) {
		String title = pagination.page() > 1 ? heading + ", page " + pagination.page() : heading;
		PageMeta.Builder meta = this.pages.page(title, pagination.url(pagination.page()))
			.description(description)
			.activeNav(activeNav)
			.pagination(pagination)
			.listAlternates(pagination.path(), heading);
		if (author != null) {
			Map<String, Object> person = JsonLd.object("@type", "Person", "name", author.name(), "description",
					author.bio(), "url", this.pages.absolute(author.path()));
			if (!author.jobTitle().isBlank()) {
				person.put("jobTitle", author.jobTitle());
			}
			meta.jsonLd(JsonLd.object("@context", "https://schema.org", "@type", "ProfilePage", "mainEntity", person));
		}
		return new ListPage(meta.build(), kicker, heading, description, author, found, pagination,
				this.pages.site().zone());
	}

	private Map<String, Object> websiteData() {
		// the site's search, for search engines that offer a search box for it
		Map<String, Object> search = JsonLd.object("@type", "SearchAction", "target",
				JsonLd.object("@type", "EntryPoint", "urlTemplate",
						this.pages.absolute("/search?q={search_term_string}")),
				"query-input", "required name=search_term_string");
		return JsonLd.object("@context", "https://schema.org", "@type", "WebSite", "name", this.pages.site().name(),
				"url", this.pages.absolute("/"), "publisher", ArticleStructuredData.publisher(this.pages),
				"potentialAction", search);
	}

	/**
	 * A 301 to where a renamed section, tag or author lives now (on the same page of its
	 * list), or the 404 when nothing had that slug.
	 */
	private static RuntimeException movedOr(Optional<String> path, int page, NotFoundException missing) {
		return path.<RuntimeException>map((p) -> new MovedPermanentlyException((page > 1) ? p + "?page=" + page : p))
			.orElse(missing);
	}

	private static Pagination pagination(String path, int page, long total) {
		Pagination pagination = new Pagination(path, page, PAGE_SIZE, total);
		if (page < 1 || page > Pagination.MAX_PAGE || (page > 1 && pagination.isBeyondEnd())) {
			throw new NotFoundException("No page " + page + " of " + path);
		}
		return pagination;
	}

}
