package org.dateline.feed;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;

/**
 * RSS 2.0 has no official schema, so its specification (rssboard.org, version 2.0.11) is
 * checked here rule by rule, with the extensions this site uses. Each rule is one problem
 * in the returned list; a valid feed gives none.
 * <ul>
 * <li>the document is well-formed XML; its root is {@code rss} with {@code version="2.0"}
 * and exactly one {@code channel};</li>
 * <li>the channel has its required {@code title}, {@code link} (an absolute http(s) URL)
 * and {@code description}; {@code lastBuildDate} and every {@code pubDate} are RFC 822
 * dates (with the four-digit year RSS 2.0 allows) whose day name is right; the
 * {@code language} is a language tag;</li>
 * <li>{@code atom:link rel="self"} names this feed, as RSS Best Practices ask;</li>
 * <li>every item has a {@code title} or a {@code description}; its {@code link} and
 * {@code comments} are absolute URLs; its {@code guid} is there, unique in the feed, and
 * either a URL or marked {@code isPermaLink="false"} (ours are {@code tag:} URIs, which
 * survive a new slug); every {@code category domain} is absolute;</li>
 * <li>no {@code author} element: in RSS it is an email address, and the site publishes
 * none; bylines are {@code dc:creator}, each with a name;</li>
 * <li>an {@code enclosure} has {@code url}, a numeric {@code length} and {@code type}
 * (the spec's three required attributes); a {@code media:content} has an absolute
 * {@code url}, {@code medium="image"} and an {@code image/*} {@code type} with positive
 * {@code width} and {@code height}, and its {@code media:title} and
 * {@code media:description} say {@code type="plain"}.</li>
 * </ul>
 */
final class RssRules {

	private RssRules() {
	}

	static List<String> problems(byte[] xml, String feedUrl) {
		Document document = FeedSchemas.parse(xml);
		List<String> problems = new ArrayList<>();
		Element root = document.getDocumentElement();
		check(problems, "rss".equals(root.getTagName()), "the root element is " + root.getTagName());
		check(problems, "2.0".equals(root.getAttribute("version")), "version is not 2.0");
		List<Node> channels = nodes(document, "/rss/channel");
		check(problems, channels.size() == 1, channels.size() + " channels");
		if (channels.size() != 1) {
			return problems;
		}
		Node channel = channels.getFirst();
		for (String required : List.of("title", "link", "description")) {
			check(problems, !text(channel, required).isBlank(), "the channel has no " + required);
		}
		check(problems, absolute(text(channel, "link")), "the channel link is not absolute");
		String language = text(channel, "language");
		check(problems, language.isEmpty() || language.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"),
				"language " + language);
		if (!text(channel, "lastBuildDate").isEmpty()) { // optional: a feed with no items
															// has none
			date(problems, text(channel, "lastBuildDate"), "lastBuildDate");
		}
		check(problems, feedUrl.equals(text(channel, "atom:link[@rel='self']/@href")),
				"atom:link rel=self is not " + feedUrl);
		check(problems, "application/rss+xml".equals(text(channel, "atom:link[@rel='self']/@type")),
				"atom:link rel=self has no type");
		Set<String> guids = new HashSet<>();
		for (Node item : nodes(channel, "item")) {
			String name = text(item, "title");
			check(problems, !name.isBlank() || !text(item, "description").isBlank(),
					"an item has neither title nor description");
			for (String url : List.of("link", "comments")) {
				String value = text(item, url);
				check(problems, value.isEmpty() || absolute(value), name + ": " + url + " is not absolute");
			}
			String guid = text(item, "guid");
			check(problems, !guid.isBlank(), name + ": no guid");
			check(problems, guids.add(guid), name + ": guid " + guid + " is not unique");
			boolean permaLink = !"false".equals(text(item, "guid/@isPermaLink"));
			check(problems, !permaLink || absolute(guid), name + ": guid is a permalink but not a URL");
			date(problems, text(item, "pubDate"), name + ": pubDate");
			check(problems, nodes(item, "author").isEmpty(), name + ": author (an email address) is published");
			for (String creator : FeedSchemas.texts(item, "dc:creator")) {
				check(problems, !creator.isBlank(), name + ": an empty dc:creator");
			}
			for (String domain : FeedSchemas.texts(item, "category/@domain")) {
				check(problems, absolute(domain), name + ": category domain " + domain);
			}
			for (Node enclosure : nodes(item, "enclosure")) {
				check(problems,
						absolute(text(enclosure, "@url")) && text(enclosure, "@length").matches("\\d+")
								&& !text(enclosure, "@type").isBlank(),
						name + ": an enclosure without url, length or type");
			}
			for (Node media : nodes(item, "media:content")) {
				check(problems, absolute(text(media, "@url")), name + ": media:content url");
				check(problems, "image".equals(text(media, "@medium")), name + ": media:content medium");
				check(problems, text(media, "@type").startsWith("image/"), name + ": media:content type");
				check(problems,
						text(media, "@width").matches("[1-9]\\d*") && text(media, "@height").matches("[1-9]\\d*"),
						name + ": media:content size");
				for (Node described : nodes(media, "media:title | media:description")) {
					check(problems, "plain".equals(text(described, "@type")), name + ": media text type");
				}
			}
		}
		return problems;
	}

	/** RFC 822 as RFC 1123 amends it (four-digit year), with a numeric or GMT zone. */
	static ZonedDateTime rfc822(String value) {
		return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
	}

	private static void date(List<String> problems, String value, String what) {
		if (value.isEmpty()) {
			problems.add(what + " is missing");
			return;
		}
		try {
			rfc822(value); // also checks that the day name fits the date
		}
		catch (DateTimeParseException ex) {
			problems.add(what + " is not an RFC 822 date: " + value);
		}
	}

	static boolean absolute(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void check(List<String> problems, boolean ok, String problem) {
		if (!ok) {
			problems.add(problem);
		}
	}

}
