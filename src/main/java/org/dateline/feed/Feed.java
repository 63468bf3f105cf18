package org.dateline.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One feed as both formats write it, every URL absolute: {@link RssWriter} and
 * {@link AtomWriter} differ only in how they spell it.
 *
 * @param pageUrl the HTML page that lists the same stories (or the article commented on)
 * @param rssUrl where the RSS feed is
 * @param atomUrl where the Atom feed is
 * @param siteUrl the front page, base of the feed's relative references
 * @param hubs the WebSub hubs readers may subscribe through
 * @param updated when any entry last changed, or {@code null} when there are none
 * @param zone the newsroom's time zone, in which dates are written
 */
record Feed(String title, String description, String language, String pageUrl, String rssUrl, String atomUrl,
		String siteUrl, String siteName, List<String> hubs, Instant updated, ZoneId zone, List<Entry> entries) {

	/**
	 * A story or a comment.
	 *
	 * @param id a permanent identifier (a {@code tag:} URI) that survives slug changes
	 * @param summary plain text: the dek, or the start of the text
	 * @param contentHtml the whole text as HTML with absolute URLs, or {@code null} for
	 * summaries only
	 * @param commentsUrl where readers' comments on it are, or {@code null}
	 */
	record Entry(String id, String title, String url, Instant published, Instant updated, List<Person> authors,
			List<Category> categories, String summary, String contentHtml, Image image, String commentsUrl) {
	}

	/** A byline or a commenter; {@code url} (their page or website) may be null. */
	record Person(String name, String url) {
	}

	/**
	 * A section or tag: {@code term} is its slug, {@code scheme} the page listing its
	 * stories.
	 */
	record Category(String term, String label, String scheme) {
	}

	/**
	 * A story's hero photo, as the variant feed readers get.
	 *
	 * @param caption what it shows, agency style
	 * @param alt what a screen reader says instead of it
	 */
	record Image(String url, String type, int width, int height, String caption, String alt, String credit,
			String copyright) {
	}

}
