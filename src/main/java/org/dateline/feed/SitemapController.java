package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.article.ArchiveMonth;
import org.dateline.article.ArchivePage;
import org.dateline.article.ArchivedArticle;
import org.dateline.article.ArticleArchive;
import org.dateline.site.SiteSettings;
import org.dateline.web.NotFoundException;
import org.dateline.web.Pages;
import org.dateline.web.SurrogateKeys;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What crawlers read: {@code /sitemap.xml}, an index of sitemaps for the front and
 * section pages, tag pages, author pages and each month of stories (a month's list never
 * changes as new stories appear, so caches keep it); {@code /news-sitemap.xml} with the
 * stories of the last 48 hours for Google News; and {@code /robots.txt} naming both. A
 * sitemap may list at most 50,000 URLs ({@code dateline.sitemap.page-size}), so each kind
 * is paged and the index names every page: {@code /sitemap-tags.xml} is the first page of
 * tags, {@code /sitemap-tags-2.xml} the second, and
 * {@code /sitemap-articles-2026-05-2.xml} the second page of May 2026; nothing is left
 * out. Every URL is absolute. Stories appear and change with the front page, so these
 * carry its surrogate key.
 */
@Controller
class SitemapController {

	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	/** Google News reads at most this many stories from one sitemap. */
	static final int NEWS_LIMIT = 1000;

	private final ArticleArchive archive;

	private final Pages pages;

	private final Clock clock;

	/** URLs per sitemap. */
	private final int pageSize;

	SitemapController(ArticleArchive archive, Pages pages, Clock clock, SitemapProperties properties) {
		this.archive = archive;
		this.pages = pages;
		this.clock = clock;
		this.pageSize = properties.pageSize();
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		ZoneId zone = this.pages.site().zone();
		List<SitemapWriter.Location> sitemaps = new ArrayList<>();
		paged(sitemaps, "/sitemap-pages.xml", frontAndSections());
		// a sitemap must list at least one URL: those of a new site's tags and authors
		// wait
		paged(sitemaps, "/sitemap-tags.xml", this.archive.tagPages(Integer.MAX_VALUE, 0));
		paged(sitemaps, "/sitemap-authors.xml", this.archive.authorPages(Integer.MAX_VALUE, 0));
		for (ArchiveMonth month : this.archive.months(zone)) {
			int count = Math.ceilDiv(month.articles(), this.pageSize);
			for (int page = 1; page <= count; page++) {
				// the month's last change stands for each of its pages'
				sitemaps.add(location(pagePath(monthPath(month.month()), page), month.lastModified()));
			}
		}
		return XmlResponses.xml(XmlResponses.XML, SitemapWriter.index(sitemaps, zone),
				latest(sitemaps, SitemapWriter.Location::lastModified));
	}

	/** The front page and every section front. */
	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<byte[]> pages(HttpServletRequest request) {
		return pagesPage(1, request);
	}

	@GetMapping("/sitemap-pages-{page:\\d{1,9}}.xml")
	ResponseEntity<byte[]> pages(@PathVariable int page, HttpServletRequest request) {
		return pagesPage(later(page), request);
	}

	private ResponseEntity<byte[]> pagesPage(int page, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		List<ArchivePage> all = frontAndSections();
		long from = offset(page);
		if (from >= all.size()) {
			throw new NotFoundException("No page " + page + " of the front and section pages");
		}
		return pageUrls(all.subList((int) from, (int) Math.min(all.size(), from + this.pageSize)));
	}

	@GetMapping("/sitemap-tags.xml")
	ResponseEntity<byte[]> tags(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return pageUrls(this.archive.tagPages(this.pageSize, 0));
	}

	@GetMapping("/sitemap-tags-{page:\\d{1,9}}.xml")
	ResponseEntity<byte[]> tags(@PathVariable int page, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return pageUrls(nonEmpty(this.archive.tagPages(this.pageSize, offset(later(page))), "tags", page));
	}

	@GetMapping("/sitemap-authors.xml")
	ResponseEntity<byte[]> authors(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return pageUrls(this.archive.authorPages(this.pageSize, 0));
	}

	@GetMapping("/sitemap-authors-{page:\\d{1,9}}.xml")
	ResponseEntity<byte[]> authors(@PathVariable int page, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return pageUrls(nonEmpty(this.archive.authorPages(this.pageSize, offset(later(page))), "authors", page));
	}

	@GetMapping("/sitemap-articles-{year:\\d{4}}-{month:\\d{2}}.xml")
	ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month, HttpServletRequest request) {
		return monthPage(year, month, 1, request);
	}

	@GetMapping("/sitemap-articles-{year:\\d{4}}-{month:\\d{2}}-{page:\\d{1,9}}.xml")
	ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month, @PathVariable int page,
			HttpServletRequest request) {
		return monthPage(year, month, later(page), request);
	}

	private ResponseEntity<byte[]> monthPage(int year, int month, int page, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		YearMonth yearMonth;
		try {
			yearMonth = YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new NotFoundException("No month " + year + "-" + month);
		}
		List<ArchivedArticle> articles = this.archive.publishedIn(yearMonth, this.pages.site().zone(), this.pageSize,
				offset(page));
		if (articles.isEmpty()) {
			throw new NotFoundException("No stories published in " + yearMonth + " on page " + page);
		}
		return urls(articles.stream().map((article) -> location(article.path(), article.lastModified())).toList());
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<byte[]> news(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		SiteSettings site = this.pages.site();
		List<ArchivedArticle> recent = this.archive.publishedSince(this.clock.instant().minus(NEWS_WINDOW), NEWS_LIMIT);
		byte[] body = SitemapWriter.news(recent, this.pages.absolute(""), site.name(), site.language(), site.zone());
		return XmlResponses.xml(XmlResponses.XML, body, latest(recent, ArchivedArticle::lastModified));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = String.join("\n", "User-agent: *", "Disallow: /newsroom/", "Disallow: /preview/",
				// the search page and its results, but not a section that starts with
				// "search"
				"Disallow: /search$", "Disallow: /search?", "", "Sitemap: " + this.pages.absolute("/sitemap.xml"),
				"Sitemap: " + this.pages.absolute("/news-sitemap.xml"), "");
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(robots);
	}

	/** The front page (as recent as the latest section) and every section front. */
	private List<ArchivePage> frontAndSections() {
		List<ArchivePage> sections = this.archive.sectionPages();
		List<ArchivePage> all = new ArrayList<>();
		all.add(new ArchivePage("/", latest(sections, ArchivePage::lastModified)));
		all.addAll(sections);
		return all;
	}

	/** Adds a sitemap to the index for every page of these pages' URLs. */
	private void paged(List<SitemapWriter.Location> sitemaps, String firstPath, List<ArchivePage> all) {
		for (int from = 0, page = 1; from < all.size(); from += this.pageSize, page++) {
			List<ArchivePage> onPage = all.subList(from, Math.min(all.size(), from + this.pageSize));
			sitemaps.add(location(pagePath(firstPath, page), latest(onPage, ArchivePage::lastModified)));
		}
	}

	/** Where the first of a page's URLs is in the list. */
	private long offset(int page) {
		return (long) (page - 1) * this.pageSize;
	}

	/**
	 * A page after the first. The first page is only at its own address
	 * ({@code sitemap-tags.xml}, never {@code sitemap-tags-1.xml}), so no URL is listed
	 * twice.
	 */
	private static int later(int page) {
		if (page < 2) {
			throw new NotFoundException("No sitemap page " + page + ": the first page has no number");
		}
		return page;
	}

	private static List<ArchivePage> nonEmpty(List<ArchivePage> found, String kind, int page) {
		if (found.isEmpty()) {
			throw new NotFoundException("No page " + page + " of " + kind);
		}
		return found;
	}

	private ResponseEntity<byte[]> pageUrls(List<ArchivePage> found) {
		return urls(found.stream().map((p) -> location(p.path(), p.lastModified())).toList());
	}

	private ResponseEntity<byte[]> urls(List<SitemapWriter.Location> locations) {
		return XmlResponses.xml(XmlResponses.XML, SitemapWriter.urls(locations, this.pages.site().zone()),
				latest(locations, SitemapWriter.Location::lastModified));
	}

	private SitemapWriter.Location location(String path, Instant lastModified) {
		return new SitemapWriter.Location(this.pages.absolute(path), lastModified);
	}

	static String monthPath(YearMonth month) {
		return "/sitemap-articles-%04d-%02d.xml".formatted(month.getYear(), month.getMonthValue());
	}

	/** The address of a page of a sitemap: the first page's, or with {@code -2} etc. */
	static String pagePath(String firstPath, int page) {
		return (page == 1) ? firstPath : firstPath.replace(".xml", "-" + page + ".xml");
	}

	/** The latest change among the pages, or {@code null} when none is known. */
	private static <T> Instant latest(List<T> items, Function<T, Instant> lastModified) {
		return items.stream().map(lastModified).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

}
