package org.dateline.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dateline.article.ArticleService;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Author;

import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;
import org.dateline.web.Pagination;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: the reader's search, with filters by section, author and dates,
 * relevance or newest first, and pages of ten. Every parameter is read leniently: a bad
 * date or an unknown section gets a sentence on the page and is left out, never an error
 * page, and what the reader typed stays in the form.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	/** The last page {@link SearchService#MAX_RESULTS} fill. */
	static final int MAX_PAGE = SearchService.MAX_RESULTS / PAGE_SIZE;

	private final SearchService search;

	private final SectionService sections;

	private final ArticleService articles;

	private final Pages pages;

	SearchController(SearchService search, SectionService sections, ArticleService articles, Pages pages) {
		this.search = search;
		this.sections = sections;
		this.articles = articles;
		this.pages = pages;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String section,
			@RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String sort,
			@RequestParam(defaultValue = "1") String page, Model model) {
		SearchForm form = new SearchForm(q.strip(), section.strip(), author.strip(), from.strip(), to.strip(),
				"newest".equals(sort) ? "newest" : "");
		List<String> notes = new ArrayList<>();
		ZoneId zone = this.pages.site().zone();
		Optional<Section> inSection = form.section().isEmpty() ? Optional.empty()
				: this.sections.bySlug(form.section());
		if (!form.section().isEmpty() && inSection.isEmpty()) {
			notes.add("There is no section “" + form.section() + "”, so every section was searched.");
		}
		Optional<Author> byAuthor = form.author().isEmpty() ? Optional.empty() : this.articles.author(form.author());
		if (!form.author().isEmpty() && byAuthor.isEmpty()) {
			notes.add("There is no author “" + form.author() + "”, so stories by everyone were searched.");
		}
		LocalDate fromDay = date(form.from(), "From", notes);
		LocalDate toDay = date(form.to(), "To", notes);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			notes.add("The start date was after the end date, so the two were swapped.");
			LocalDate swap = fromDay;
			fromDay = toDay;
			toDay = swap;
		}
		SearchFilter filter = new SearchFilter(inSection.map(Section::id).orElse(null),
				byAuthor.map(Author::id).orElse(null),
				(fromDay == null) ? null : fromDay.atStartOfDay(zone).toInstant(),
				(toDay == null) ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), form.newestFirst());
		SearchQuery query = SearchQuery.parse(form.q());
		int pageNumber = pageNumber(page);
		SearchResults results = this.search.search(query, filter, pageNumber, PAGE_SIZE);
		List<ArticleSummary> latest = (!query.isEmpty() && results.total() == 0)
				? this.articles.latest(new Pagination("/", 1, 5, 0)) : List.of();
		model.addAttribute("page", new SearchPage(meta(form, query, pageNumber), form, query, results, notes,
				this.sections.all(), byAuthor.orElse(null), latest, zone));
		return "search/results";
	}

	private PageMeta meta(SearchForm form, SearchQuery query, int page) {
		String title = query.isEmpty() ? "Search" : "Search: " + query.text();
		if (page > 1) {
			title += ", page " + page;
		}
		// results are not pages of their own for search engines: they follow the links
		return this.pages.page(title, form.url(page)).noIndex().activeNav("search").build();
	}

	private static LocalDate date(String text, String label, List<String> notes) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
			notes.add("“" + label + "” needs a date written like 2026-03-31; “" + shown
					+ "” is not one, so it was left out.");
			return null;
		}
	}

	private static int pageNumber(String page) {
		try {
			return Math.clamp(Integer.parseInt(page.strip()), 1, MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
