package org.dateline.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.Article;
import org.dateline.article.Author;
import org.dateline.web.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The oEmbed description of an article (oembed.com, version 1.0), as ordered fields that
 * are written as JSON or as XML: a {@code rich} card whose HTML is a block quote with a
 * link (no script or frame runs on the embedding site), or a bare {@code link} when the
 * consumer's size limits leave no room for a card.
 */
final class OEmbed {

	/** The widest card offered, and the narrowest worth embedding. */
	static final int CARD_WIDTH = 600;

	static final int MIN_CARD_WIDTH = 200;

	/** The height a card is declared to take, and the least it needs. */
	static final int CARD_HEIGHT = 240;

	static final int MIN_CARD_HEIGHT = 120;

	/** How long a consumer may keep the answer, in seconds. */
	static final int CACHE_AGE = 3600;

	private OEmbed() {
	}

	/**
	 * @param url the article's canonical URL
	 * @param thumbnail the largest hero variant within the limits, or {@code null}
	 * @param maxWidth the consumer's limit ({@code null}: none)
	 */
	static Map<String, Object> describe(Article article, String url, FeedFactory feeds, Feed.Image thumbnail,
			Integer maxWidth, Integer maxHeight) {
		Map<String, Object> fields = new LinkedHashMap<>();
		int width = Math.min(CARD_WIDTH, (maxWidth == null) ? CARD_WIDTH : maxWidth);
		int height = Math.min(CARD_HEIGHT, (maxHeight == null) ? CARD_HEIGHT : maxHeight);
		boolean card = width >= MIN_CARD_WIDTH && height >= MIN_CARD_HEIGHT;
		fields.put("version", "1.0");
		fields.put("type", card ? "rich" : "link");
		fields.put("title", XmlWriter.clean(article.headline()));
		if (!article.authors().isEmpty()) {
			fields.put("author_name", byline(article.authors()));
			fields.put("author_url", feeds.absolute(article.authors().getFirst().path()));
		}
		fields.put("provider_name", feeds.site().name());
		fields.put("provider_url", feeds.absolute("/"));
		fields.put("cache_age", CACHE_AGE);
		if (thumbnail != null) {
			fields.put("thumbnail_url", thumbnail.url());
			fields.put("thumbnail_width", thumbnail.width());
			fields.put("thumbnail_height", thumbnail.height());
		}
		if (card) {
			fields.put("html", card(article, url, feeds));
			fields.put("width", width);
			fields.put("height", height);
		}
		return fields;
	}

	/** The same fields as oEmbed's XML format: {@code <oembed>} with one element each. */
	static byte[] xml(Map<String, Object> fields) {
		XmlWriter xml = XmlWriter.standaloneDocument();
		xml.start("oembed");
		fields.forEach((name, value) -> xml.element(name, String.valueOf(value)));
		xml.end();
		return xml.finish();
	}

	/**
	 * A block quote with the headline as a link, the dek, the bylines, the site and the
	 * date: readable as it is, and styled by whoever embeds it.
	 */
	private static String card(Article article, String url, FeedFactory feeds) {
		Element quote = new Element("blockquote").addClass("dateline-embed").attr("cite", url);
		quote.appendElement("p").appendElement("a").attr("href", url).text(XmlWriter.clean(article.headline()));
		if (!article.dek().isBlank()) {
			quote.appendElement("p").text(XmlWriter.clean(article.dek()));
		}
		Element source = quote.appendElement("p");
		if (!article.authors().isEmpty()) {
			source.appendText(byline(article.authors()) + ", ");
		}
		source.appendElement("a").attr("href", feeds.absolute("/")).text(feeds.site().name());
		source.appendText(", ");
		source.appendElement("time")
			.attr("datetime", Dates.iso(article.publishedAt(), feeds.site().zone()))
			.text(Dates.day(article.publishedAt(), feeds.site().zone()));
		Document holder = Document.createShell("");
		holder.outputSettings().prettyPrint(false);
		holder.body().appendChild(quote);
		return quote.outerHtml();
	}

	/** "Maya Okafor", "Maya Okafor and Li Wei", "A, B and C". */
	static String byline(List<Author> authors) {
		List<String> names = authors.stream().map(Author::name).toList();
		if (names.size() == 1) {
			return names.getFirst();
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
	}

}
