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
 * section pages, tag pages, author pages and one per month of stories (a month's list
 * never changes as new stories appear, so caches keep it; a thousand stories a day stays
 * well under the 50,000 URLs a sitemap may hold); {@code /news-sitemap.xml} with the
 * stories of the last 48 hours for Google News; and {@code /robots.txt} naming both.
 * Every URL is absolute. Stories appear and change with the front page, so these carry
 * its surrogate key.
 */
@Controller
class SitemapController {

	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	/** Google News reads at most this many stories from one sitemap. */
	static final int NEWS_LIMIT = 1000;

	/** The most URLs one sitemap may list. */
	static final int URL_LIMIT = 50_000;

	private final ArticleArchive archive;

	private final Pages pages;

	private final Clock clock;

	SitemapController(ArticleArchive archive, Pages pages, Clock clock) {
		this.archive = archive;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		ZoneId zone = this.pages.site().zone();
		List<SitemapWriter.Location> sitemaps = new ArrayList<>();
		sitemaps.add(location("/sitemap-pages.xml", latest(this.archive.sectionPages(), ArchivePage::lastModified)));
		// a sitemap must list at least one URL: those of a new site's tags and authors
		// wait
		List<ArchivePage> tags = this.archive.tagPages(URL_LIMIT);
		if (!tags.isEmpty()) {
			sitemaps.add(location("/sitemap-tags.xml", latest(tags, ArchivePage::lastModified)));
		}
		List<ArchivePage> authors = this.archive.authorPages(URL_LIMIT);
		if (!authors.isEmpty()) {
			sitemaps.add(location("/sitemap-authors.xml", latest(authors, ArchivePage::lastModified)));
		}
		for (ArchiveMonth month : this.archive.months(zone)) {
			sitemaps.add(location(monthPath(month.month()), month.lastModified()));
		}
		return XmlResponses.xml(XmlResponses.XML, SitemapWriter.index(sitemaps, zone),
				latest(sitemaps, SitemapWriter.Location::lastModified));
	}

	/** The front page and every section front. */
	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<byte[]> pages(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		List<ArchivePage> sections = this.archive.sectionPages();
		List<SitemapWriter.Location> pages = new ArrayList<>();
		pages.add(location("/", latest(sections, ArchivePage::lastModified)));
		sections.forEach((section) -> pages.add(location(section.path(), section.lastModified())));
		return urls(pages);
	}

	@GetMapping("/sitemap-tags.xml")
	ResponseEntity<byte[]> tags(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return urls(
				this.archive.tagPages(URL_LIMIT).stream().map((p) -> location(p.path(), p.lastModified())).toList());
	}

	@GetMapping("/sitemap-authors.xml")
	ResponseEntity<byte[]> authors(HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		return urls(
				this.archive.authorPages(URL_LIMIT).stream().map((p) -> location(p.path(), p.lastModified())).toList());
	}

	@GetMapping("/sitemap-articles-{year:\\d{4}}-{month:\\d{2}}.xml")
	ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		YearMonth yearMonth;
		try {
			yearMonth = YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new NotFoundException("No month " + year + "-" + month);
		}
		List<ArchivedArticle> articles = this.archive.publishedIn(yearMonth, this.pages.site().zone());
		if (articles.isEmpty()) {
			throw new NotFoundException("No stories published in " + yearMonth);
		}
		return urls(articles.stream()
			.limit(URL_LIMIT)
			.map((article) -> location(article.path(), article.lastModified()))
			.toList());
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

	/** The latest change among the pages, or {@code null} when none is known. */
	private static <T> Instant latest(List<T> items, Function<T, Instant> lastModified) {
		return items.stream().map(lastModified).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

}
