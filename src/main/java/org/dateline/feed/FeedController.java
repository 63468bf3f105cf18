package org.dateline.feed;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.article.Article;
import org.dateline.article.ArticleArchive;
import org.dateline.article.ArticleService;
import org.dateline.article.Author;
import org.dateline.article.AuthorService;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.article.Tag;
import org.dateline.article.TagService;
import org.dateline.comment.CommentService;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.NotFoundException;
import org.dateline.web.SurrogateKeys;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS and Atom feeds of the latest stories of the site, a section, a tag or an author,
 * and of the comments on an article (see {@link FeedLinks} for the URLs). Each carries
 * the surrogate keys of the page listing the same stories, so whatever purges that page
 * purges its feeds. A renamed section, tag, author or article answers with a 301 to its
 * feed's new address, as its page does.
 */
@Controller
class FeedController {

	private final ArticleArchive archive;

	private final ArticleService articles;

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final CommentService comments;

	private final FeedFactory feeds;

	private final Clock clock;

	FeedController(ArticleArchive archive, ArticleService articles, SectionService sections, TagService tags,
			AuthorService authors, CommentService comments, FeedFactory feeds, Clock clock) {
		this.archive = archive;
		this.articles = articles;
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
		this.comments = comments;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/{format:rss|atom}.xml")
	ResponseEntity<byte[]> site(@PathVariable String format, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.FRONT);
		Feed feed = this.feeds.stories("/", null, this.feeds.site().description(),
				this.archive.latest(this.feeds.entries()));
		return respond(feed, format);
	}

	@GetMapping("/{section:[a-z0-9-]+}/{format:rss|atom}.xml")
	ResponseEntity<byte[]> section(@PathVariable String section, @PathVariable String format,
			HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.section(section));
		Section found = this.sections.bySlug(section)
			.orElseThrow(() -> movedOr(this.sections.movedTo(section).map(Section::path), format, section));
		Feed feed = this.feeds.stories(found.path(), found.name(), found.description(),
				this.archive.latestInSection(found, this.feeds.entries()));
		return respond(feed, format);
	}

	@GetMapping("/tag/{slug:[a-z0-9-]+}/{format:rss|atom}.xml")
	ResponseEntity<byte[]> tag(@PathVariable String slug, @PathVariable String format, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.tag(slug));
		Tag tag = this.articles.tag(slug)
			.orElseThrow(() -> movedOr(this.tags.movedTo(slug).map(Tag::path), format, slug));
		Feed feed = this.feeds.stories(tag.path(), tag.name(), "Stories about " + tag.name() + ".",
				this.archive.latestWithTag(tag, this.feeds.entries()));
		return respond(feed, format);
	}

	@GetMapping("/author/{slug:[a-z0-9-]+}/{format:rss|atom}.xml")
	ResponseEntity<byte[]> author(@PathVariable String slug, @PathVariable String format, HttpServletRequest request) {
		SurrogateKeys.add(request, SurrogateKeys.author(slug));
		Author author = this.articles.author(slug)
			.orElseThrow(() -> movedOr(this.authors.movedTo(slug).map(Author::path), format, slug));
		Feed feed = this.feeds.stories(author.path(), author.name(), author.bio(),
				this.archive.latestByAuthor(author, this.feeds.entries()));
		return respond(feed, format);
	}

	@GetMapping("/{section:[a-z0-9-]+}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}/comments/{format:rss|atom}.xml")
	ResponseEntity<byte[]> comments(@PathVariable String slug, @PathVariable String format,
			HttpServletRequest request) {
		Article article;
		try {
			article = this.articles.published(slug);
		}
		catch (MovedPermanentlyException ex) {
			throw new MovedPermanentlyException(feedPath(ex.location(), format));
		}
		String path = request.getRequestURI();
		if (!feedPath(article.path(), format).equals(path)) {
			throw new MovedPermanentlyException(feedPath(article.path(), format));
		}
		// the article's page carries the same key: a comment approved or withdrawn
		// purges both
		SurrogateKeys.add(request, SurrogateKeys.article(article.id()));
		return respond(this.feeds.comments(article, this.comments.approvedFor(article.id())), format);
	}

	private ResponseEntity<byte[]> respond(Feed feed, String format) {
		if ("rss".equals(format)) {
			return XmlResponses.feed(XmlResponses.RSS, RssWriter.write(feed), feed, feed.rssUrl());
		}
		return XmlResponses.feed(XmlResponses.ATOM, AtomWriter.write(feed, this.clock.instant()), feed, feed.atomUrl());
	}

	private static String feedPath(String articlePath, String format) {
		return "rss".equals(format) ? FeedLinks.commentsRss(articlePath) : FeedLinks.commentsAtom(articlePath);
	}

	/** The 301 to the feed of a renamed list, or the 404 when nothing had that slug. */
	private static RuntimeException movedOr(Optional<String> listPath, String format, String slug) {
		return listPath
			.<RuntimeException>map((path) -> new MovedPermanentlyException(
					"rss".equals(format) ? FeedLinks.rss(path) : FeedLinks.atom(path)))
			.orElseGet(() -> new NotFoundException("No feed for " + slug));
	}

}
