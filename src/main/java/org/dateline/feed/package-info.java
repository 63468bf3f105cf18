/**
 * Syndication: what other machines read from the site. RSS 2.0 and Atom feeds of the
 * whole site, each section, tag and author and of an article's comments; sitemaps and the
 * Google News sitemap, and {@code robots.txt} naming them; WebSub pings to hubs when a
 * story is published, changed or taken down; the oEmbed description of each article.
 * Sitemaps live here rather than in a package of their own because they share this
 * feature's XML writing, its URL scheme ({@link org.dateline.feed.FeedLinks}) and its one
 * source of published stories ({@link org.dateline.article.ArticleArchive}), as STYLE.md
 * shows with {@code SitemapController} in {@code feed}. Everything here is built as XML
 * or JSON objects with a real writer, never by string concatenation, and reads other
 * features through their services only.
 */
package org.dateline.feed;
