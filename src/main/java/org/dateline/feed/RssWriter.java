package org.dateline.feed;

import java.util.List;

/**
 * Writes a {@link Feed} as RSS 2.0 (rssboard.org's specification), with the extensions
 * feed readers know: {@code content:encoded} for the whole text, {@code dc:creator} for
 * each byline (RSS's own {@code author} must be an email address, which is never
 * published), Media RSS for the hero photo, and {@code atom:link} for {@code self} and
 * the WebSub hubs.
 */
final class RssWriter {

	private RssWriter() {
	}

	static byte[] write(Feed feed) {
		XmlWriter xml = XmlWriter.document();
		xml.start("rss").attribute("version", "2.0");
		for (String prefix : List.of("atom", "dc", "content", "media")) {
			xml.namespace(prefix, XmlWriter.namespaceOf(prefix));
		}
		xml.start("channel");
		xml.element("title", feed.title()).element("link", feed.pageUrl()).element("description", feed.description());
		xml.optional("language", feed.language());
		if (feed.updated() != null) {
			xml.element("lastBuildDate", XmlWriter.rfc822(feed.updated(), feed.zone()));
		}
		xml.element("generator", "Dateline");
		xml.element("docs", "https://www.rssboard.org/rss-specification");
		xml.empty("atom:link", "rel", "self", "type", FeedLinks.RSS_TYPE, "href", feed.rssUrl());
		for (String hub : feed.hubs()) {
			xml.empty("atom:link", "rel", "hub", "href", hub);
		}
		for (Feed.Entry entry : feed.entries()) {
			item(xml, entry, feed);
		}
		xml.end().end();
		return xml.finish();
	}

	private static void item(XmlWriter xml, Feed.Entry entry, Feed feed) {
		xml.start("item");
		xml.element("title", entry.title()).element("link", entry.url());
		xml.start("guid").attribute("isPermaLink", "false").text(entry.id()).end();
		xml.element("pubDate", XmlWriter.rfc822(entry.published(), feed.zone()));
		for (Feed.Person author : entry.authors()) {
			xml.element("dc:creator", author.name());
		}
		for (Feed.Category category : entry.categories()) {
			xml.start("category").attribute("domain", category.scheme()).text(category.label()).end();
		}
		// the summary is text; RSS readers take a description as HTML, so it goes in as
		// escaped HTML paragraphs (and is escaped again as XML by the writer)
		xml.element("description", FeedHtml.paragraphs(entry.summary()));
		if (entry.contentHtml() != null) {
			xml.element("content:encoded", entry.contentHtml());
		}
		if (entry.commentsUrl() != null) {
			xml.element("comments", entry.commentsUrl());
		}
		if (entry.image() != null) {
			media(xml, entry.image());
		}
		xml.end();
	}

	/**
	 * Media RSS: the variant itself, with its caption, alt text, credit and copyright.
	 */
	static void media(XmlWriter xml, Feed.Image image) {
		xml.start("media:content")
			.attribute("url", image.url())
			.attribute("type", image.type())
			.attribute("medium", "image")
			.attribute("width", Integer.toString(image.width()))
			.attribute("height", Integer.toString(image.height()));
		if (!image.caption().isBlank()) {
			xml.start("media:title").attribute("type", "plain").text(image.caption()).end();
		}
		if (!image.alt().isBlank()) {
			xml.start("media:description").attribute("type", "plain").text(image.alt()).end();
		}
		if (!image.credit().isBlank()) {
			xml.element("media:credit", image.credit());
		}
		xml.optional("media:copyright", image.copyright());
		xml.end();
	}

}
