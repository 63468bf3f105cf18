package org.dateline.feed;

import java.time.Instant;

/**
 * Writes a {@link Feed} as Atom 1.0 (RFC 4287): {@code xml:base} and absolute links,
 * {@code self}, {@code alternate} and WebSub {@code hub} links, one {@code author} per
 * byline (the site itself for the feed, so every entry has one), categories, the summary
 * as text and the whole story as HTML content, and the hero photo as Media RSS.
 */
final class AtomWriter {

	private AtomWriter() {
	}

	static byte[] write(Feed feed, Instant now) {
		XmlWriter xml = XmlWriter.document();
		xml.start("feed").namespace("", XmlWriter.ATOM).namespace("media", XmlWriter.namespaceOf("media"));
		xml.attribute("xml:base", feed.siteUrl());
		if (!feed.language().isBlank()) {
			xml.attribute("xml:lang", feed.language());
		}
		xml.element("id", feed.atomUrl());
		xml.element("title", feed.title());
		xml.optional("subtitle", feed.description());
		// a feed with no entries yet is as new as this answer
		xml.element("updated", XmlWriter.rfc3339((feed.updated() != null) ? feed.updated() : now, feed.zone()));
		xml.empty("link", "rel", "self", "type", FeedLinks.ATOM_TYPE, "href", feed.atomUrl());
		xml.empty("link", "rel", "alternate", "type", "text/html", "href", feed.pageUrl());
		for (String hub : feed.hubs()) {
			xml.empty("link", "rel", "hub", "href", hub);
		}
		person(xml, "author", new Feed.Person(feed.siteName(), feed.siteUrl()));
		xml.element("generator", "Dateline");
		for (Feed.Entry entry : feed.entries()) {
			entry(xml, entry, feed);
		}
		xml.end();
		return xml.finish();
	}

	private static void entry(XmlWriter xml, Feed.Entry entry, Feed feed) {
		xml.start("entry");
		xml.element("id", entry.id());
		xml.start("title").attribute("type", "text").text(entry.title()).end();
		xml.empty("link", "rel", "alternate", "type", "text/html", "href", entry.url());
		if (entry.commentsUrl() != null) {
			xml.empty("link", "rel", "replies", "type", "text/html", "href", entry.commentsUrl());
		}
		xml.element("published", XmlWriter.rfc3339(entry.published(), feed.zone()));
		xml.element("updated", XmlWriter.rfc3339(entry.updated(), feed.zone()));
		for (Feed.Person author : entry.authors()) {
			person(xml, "author", author);
		}
		for (Feed.Category category : entry.categories()) {
			xml.empty("category", "term", category.term(), "label", category.label(), "scheme", category.scheme());
		}
		if (!entry.summary().isBlank()) {
			xml.start("summary").attribute("type", "text").text(entry.summary()).end();
		}
		if (entry.contentHtml() != null) {
			xml.start("content").attribute("type", "html").text(entry.contentHtml()).end();
		}
		if (entry.image() != null) {
			RssWriter.media(xml, entry.image());
		}
		xml.end();
	}

	private static void person(XmlWriter xml, String element, Feed.Person person) {
		xml.start(element).element("name", person.name());
		if (person.url() != null) {
			xml.element("uri", person.url());
		}
		xml.end();
	}

}
