package org.dateline.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.dateline.comment.Comment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML that goes inside feeds: a story's body (sanitised when it was saved) with
 * every link and image made absolute, since feed readers show it away from the site and
 * RSS has no {@code xml:base}; the hero photo as a figure in front of it; a comment's
 * plain text as escaped paragraphs. Built with jsoup's elements, so text is escaped by
 * the library.
 */
final class FeedHtml {

	private FeedHtml() {
	}

	/**
	 * The story's body with absolute URLs, the hero photo (with its caption and credit)
	 * in front.
	 */
	static String story(String bodyHtml, Feed.Image hero, String pageUrl) {
		Document document = Jsoup.parseBodyFragment((bodyHtml == null) ? "" : bodyHtml, pageUrl);
		for (Element element : document.select("[href]")) {
			element.attr("href", element.absUrl("href"));
		}
		for (Element element : document.select("[src]")) {
			element.attr("src", element.absUrl("src"));
		}
		for (Element element : document.select("[srcset]")) {
			element.attr("srcset", absoluteSrcset(element.attr("srcset"), pageUrl));
		}
		Element body = document.body();
		if (hero != null) {
			Element figure = new Element("figure");
			figure.appendElement("img")
				.attr("src", hero.url())
				.attr("alt", hero.alt())
				.attr("width", Integer.toString(hero.width()))
				.attr("height", Integer.toString(hero.height()));
			if (!hero.caption().isBlank() || !hero.credit().isBlank()) {
				Element caption = figure.appendElement("figcaption").text(hero.caption());
				if (!hero.credit().isBlank()) {
					caption.appendText(" ").appendElement("small").text(hero.credit());
				}
			}
			body.prependChild(figure);
		}
		document.outputSettings().prettyPrint(false);
		return body.html();
	}

	/**
	 * A comment's text as HTML paragraphs; web addresses become links nobody vouches for.
	 */
	static String comment(Comment comment) {
		Element root = new Element("div");
		for (List<Comment.Segment> segments : comment.linkedParagraphs()) {
			Element paragraph = root.appendElement("p");
			for (Comment.Segment segment : segments) {
				if (segment.isLink()) {
					paragraph.appendElement("a")
						.attr("href", segment.href())
						.attr("rel", "nofollow ugc")
						.text(segment.text());
				}
				else {
					paragraph.appendText(segment.text());
				}
			}
		}
		Document holder = Document.createShell("");
		holder.outputSettings().prettyPrint(false);
		holder.body().appendChild(root);
		return root.html();
	}

	/**
	 * Plain text as escaped HTML paragraphs (split at blank lines): for RSS descriptions,
	 * which readers take as HTML.
	 */
	static String paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		Document holder = Document.createShell("");
		holder.outputSettings().prettyPrint(false);
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			holder.body().appendElement("p").text(paragraph.strip());
		}
		return holder.body().html();
	}

	/**
	 * The start of a story's text, for feeds without full content when it has no dek:
	 * whole words, up to about {@code length} characters.
	 */
	static String excerpt(String bodyHtml, int length) {
		String text = Jsoup.parseBodyFragment((bodyHtml == null) ? "" : bodyHtml).text();
		if (text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length);
		return text.substring(0, (cut > length / 2) ? cut : length).strip() + "…";
	}

	/** Each candidate's URL resolved against the page, its width or density kept. */
	private static String absoluteSrcset(String srcset, String pageUrl) {
		List<String> candidates = new ArrayList<>();
		for (String candidate : srcset.split(",")) {
			String[] parts = candidate.strip().split("\\s+", 2);
			try {
				parts[0] = URI.create(pageUrl).resolve(parts[0]).toString();
			}
			catch (IllegalArgumentException ex) {
				continue; // not a URL: left out rather than sent broken
			}
			candidates.add(String.join(" ", parts));
		}
		return String.join(", ", candidates);
	}

}
