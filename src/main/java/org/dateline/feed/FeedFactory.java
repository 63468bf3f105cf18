package org.dateline.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dateline.article.Article;
import org.dateline.article.Tag;
import org.dateline.comment.Comment;
import org.dateline.media.Photo;
import org.dateline.media.Variant;
import org.dateline.site.SiteSettings;
import org.dateline.web.Pages;

import org.springframework.stereotype.Component;

/**
 * Turns stories and comments into {@link Feed}s: absolute URLs, permanent ids, bylines,
 * categories, the hero photo as the variant readers get, and the whole text or only a
 * summary as {@link FeedSettings#fullContent()} says.
 */
@Component
class FeedFactory {

	/** A summary made from the text, for stories without a dek. */
	private static final int EXCERPT = 300;

	private final Pages pages;

	private final FeedProperties properties;

	private final WebSubProperties websub;

	private final FeedSettings settings;

	FeedFactory(Pages pages, FeedProperties properties, WebSubProperties websub, FeedSettings settings) {
		this.pages = pages;
		this.properties = properties;
		this.websub = websub;
		this.settings = settings;
	}

	SiteSettings site() {
		return this.pages.site();
	}

	int entries() {
		return this.properties.entries();
	}

	/**
	 * @param listPath the page listing the same stories ({@code /}, {@code /world/} ...)
	 * @param name what the list is called, or {@code null} for the whole site
	 */
	Feed stories(String listPath, String name, String description, List<Article> articles) {
		SiteSettings site = this.pages.site();
		String title = (name == null) ? site.name() : name + " | " + site.name();
		List<Feed.Entry> entries = articles.stream().map(this::entry).toList();
		Instant updated = articles.stream().map(FeedFactory::lastChange).max(Comparator.naturalOrder()).orElse(null);
		return new Feed(title, (description == null || description.isBlank()) ? title : description, site.language(),
				absolute(listPath), absolute(FeedLinks.rss(listPath)), absolute(FeedLinks.atom(listPath)),
				absolute("/"), site.name(), this.websub.hubs(), updated, site.zone(), entries);
	}

	/** The approved comments of an article, newest first. */
	Feed comments(Article article, List<Comment> oldestFirst) {
		SiteSettings site = this.pages.site();
		List<Comment> newest = new ArrayList<>(oldestFirst).reversed();
		List<Comment> shown = newest.subList(0, Math.min(newest.size(), this.properties.entries()));
		String url = absolute(article.path());
		List<Feed.Entry> entries = new ArrayList<>();
		for (Comment comment : shown) {
			entries.add(new Feed.Entry(tagUri("comment-" + comment.id(), comment.createdAt()),
					"Comment by " + comment.authorName(), url + "#" + comment.anchor(), comment.createdAt(),
					comment.createdAt(), List.of(new Feed.Person(comment.authorName(), website(comment))), List.of(),
					comment.body().strip(), FeedHtml.comment(comment), null, null));
		}
		Instant updated = shown.isEmpty() ? null : shown.getFirst().createdAt();
		String title = "Comments on \u201c" + article.headline() + "\u201d";
		return new Feed(title, "Readers' comments on \u201c" + article.headline() + "\u201d at " + site.name() + ".",
				site.language(), url + "#comments", absolute(FeedLinks.commentsRss(article.path())),
				absolute(FeedLinks.commentsAtom(article.path())), absolute("/"), site.name(), this.websub.hubs(),
				updated, site.zone(), entries);
	}

	/** When anything a feed shows of the story last changed. */
	static Instant lastChange(Article article) {
		Instant changed = article.publishedAt();
		for (Instant other : new Instant[] { article.updatedAt(), article.modifiedAt() }) {
			if (other != null && other.isAfter(changed)) {
				changed = other;
			}
		}
		return changed;
	}

	private Feed.Entry entry(Article article) {
		String url = absolute(article.path());
		Feed.Image image = article.hasHero() ? image(article.hero()) : null;
		String summary = article.dek().isBlank() ? FeedHtml.excerpt(article.bodyHtml(), EXCERPT) : article.dek();
		String content = this.settings.fullContent() ? FeedHtml.story(article.bodyHtml(), image, url) : null;
		List<Feed.Person> authors = article.authors()
			.stream()
			.map((author) -> new Feed.Person(author.name(), absolute(author.path())))
			.toList();
		List<Feed.Category> categories = new ArrayList<>();
		categories.add(new Feed.Category(article.section().slug(), article.section().name(),
				absolute(article.section().path())));
		for (Tag tag : article.tags()) {
			categories.add(new Feed.Category(tag.slug(), tag.name(), absolute(tag.path())));
		}
		Instant updated = article.wasUpdated() ? article.updatedAt() : article.publishedAt();
		return new Feed.Entry(tagUri("article-" + article.id(), article.publishedAt()), article.headline(), url,
				article.publishedAt(), updated, authors, categories, summary, content, image, url + "#comments");
	}

	/**
	 * The variant the article page shows by default (the largest up to 1200 pixels wide),
	 * at the size it really has: variants are never wider than the original.
	 */
	Feed.Image image(Photo photo) {
		List<Variant> variants = photo.responsiveVariants();
		return image(photo,
				variants.stream().filter((v) -> v.width() <= 1200).reduce((a, b) -> b).orElse(variants.getFirst()));
	}

	/**
	 * One of the widths a photo is offered at ({@link Photo#responsiveVariants()}), as
	 * big as it really is: never wider than the original, in its proportions.
	 */
	Feed.Image image(Photo photo, Variant variant) {
		int width = Math.min(variant.width(), photo.width());
		int height = (int) Math.round((double) photo.height() * width / photo.width());
		return new Feed.Image(absolute(photo.url(variant)), "image/jpeg", width, height, photo.caption(), photo.alt(),
				photo.credit(), photo.copyright());
	}

	/**
	 * A {@code tag:} URI (RFC 4151) naming the site's host and the day the thing first
	 * appeared: it survives new slugs, sections and dates in URLs, and republication.
	 */
	String tagUri(String specific, Instant first) {
		String host = URI.create(absolute("/")).getHost();
		LocalDate day = first.atZone(ZoneOffset.UTC).toLocalDate();
		return "tag:" + host + "," + day + ":" + specific;
	}

	String absolute(String path) {
		return this.pages.absolute(path);
	}

	/** The commenter's website, when it is a web address at all. */
	private static String website(Comment comment) {
		if (!comment.hasWebsite()) {
			return null;
		}
		try {
			URI uri = URI.create(comment.authorUrl().strip());
			boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			return (web && uri.getHost() != null) ? uri.toString() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
