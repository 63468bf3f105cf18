package org.dateline.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.dateline.article.ArchivedArticle;

/**
 * Sitemaps as sitemaps.org defines them (a sitemap index, URL sets) and Google News'
 * extension, written with {@link XmlWriter}: absolute URLs, {@code lastmod} in W3C
 * Datetime.
 */
final class SitemapWriter {

	static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private SitemapWriter() {
	}

	/** A URL, and when what is there last changed ({@code null}: not known). */
	record Location(String url, Instant lastModified) {
	}

	static byte[] index(List<Location> sitemaps, ZoneId zone) {
		XmlWriter xml = XmlWriter.document();
		xml.start("sitemapindex").namespace("", SITEMAPS);
		for (Location sitemap : sitemaps) {
			xml.start("sitemap");
			location(xml, sitemap, zone);
			xml.end();
		}
		xml.end();
		return xml.finish();
	}

	static byte[] urls(List<Location> pages, ZoneId zone) {
		XmlWriter xml = XmlWriter.document();
		xml.start("urlset").namespace("", SITEMAPS);
		for (Location page : pages) {
			xml.start("url");
			location(xml, page, zone);
			xml.end();
		}
		xml.end();
		return xml.finish();
	}

	/**
	 * Google News: each story with the publication's name and language, when it was
	 * published and its headline.
	 */
	static byte[] news(List<ArchivedArticle> articles, String siteUrl, String publication, String language,
			ZoneId zone) {
		XmlWriter xml = XmlWriter.document();
		xml.start("urlset").namespace("", SITEMAPS).namespace("news", XmlWriter.namespaceOf("news"));
		for (ArchivedArticle article : articles) {
			xml.start("url").element("loc", siteUrl + article.path());
			xml.element("lastmod", XmlWriter.rfc3339(article.lastModified(), zone));
			xml.start("news:news");
			xml.start("news:publication").element("news:name", publication);
			xml.element("news:language", newsLanguage(language)).end();
			xml.element("news:publication_date", XmlWriter.rfc3339(article.publishedAt(), zone));
			xml.element("news:title", article.headline());
			xml.end().end();
		}
		xml.end();
		return xml.finish();
	}

	/**
	 * The language as Google News wants it: an ISO 639 code of two or three letters, or
	 * {@code zh-cn} and {@code zh-tw} for Chinese in simplified and traditional script.
	 */
	static String newsLanguage(String language) {
		String tag = (language == null) ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		if (tag.startsWith("zh")) {
			return (tag.contains("tw") || tag.contains("hk") || tag.contains("hant")) ? "zh-tw" : "zh-cn";
		}
		String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
		return primary.matches("[a-z]{2,3}") ? primary : "en";
	}

	private static void location(XmlWriter xml, Location location, ZoneId zone) {
		xml.element("loc", location.url());
		if (location.lastModified() != null) {
			xml.element("lastmod", XmlWriter.rfc3339(location.lastModified(), zone));
		}
	}

}
