package org.dateline.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dateline.article.Article;
import org.dateline.article.Author;
import org.dateline.article.Tag;
import org.dateline.web.AlternateLinks;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;

import org.springframework.stereotype.Component;

/**
 * Where feeds live, next to what they list: {@code /rss.xml} and {@code /atom.xml} for
 * the site, {@code /world/rss.xml} for a section, {@code /tag/climate/rss.xml} and
 * {@code /author/maya-okafor/rss.xml}, and {@code {article}/comments/rss.xml} for an
 * article's comments. None can be taken for a page: section, tag, author and article
 * slugs have no dots. Also what every page's head links to, and which feeds a story
 * appears in (the topics WebSub hubs are told about).
 */
@Component
class FeedLinks implements AlternateLinks {

	static final String RSS_TYPE = "application/rss+xml";

	static final String ATOM_TYPE = "application/atom+xml";

	private final Pages pages;

	FeedLinks(Pages pages) {
		this.pages = pages;
	}

	static String rss(String listPath) {
		return folder(listPath) + "rss.xml";
	}

	static String atom(String listPath) {
		return folder(listPath) + "atom.xml";
	}

	static String commentsRss(String articlePath) {
		return articlePath + "/comments/rss.xml";
	}

	static String commentsAtom(String articlePath) {
		return articlePath + "/comments/atom.xml";
	}

	/** The paths of every feed the story is listed in, RSS and Atom. */
	static List<String> feedsListing(Article article) {
		List<String> lists = new ArrayList<>(List.of("/", article.section().path()));
		article.tags().stream().map(Tag::path).forEach(lists::add);
		article.authors().stream().map(Author::path).forEach(lists::add);
		List<String> feeds = new ArrayList<>();
		for (String list : lists) {
			feeds.add(rss(list));
			feeds.add(atom(list));
		}
		return feeds;
	}

	@Override
	public List<PageMeta.Alternate> site() {
		String name = this.pages.site().name();
		return feeds("/", name);
	}

	@Override
	public List<PageMeta.Alternate> list(String listPath, String name) {
		if ("/".equals(listPath)) {
			return List.of(); // the site's feeds, already on every page
		}
		return feeds(listPath, name + " | " + this.pages.site().name());
	}

	@Override
	public List<PageMeta.Alternate> article(String articlePath, String headline) {
		String comments = "Comments on \u201c" + headline + "\u201d";
		String oembed = "/oembed?url=" + URLEncoder.encode(this.pages.absolute(articlePath), StandardCharsets.UTF_8)
				+ "&format=";
		return List.of(new PageMeta.Alternate(RSS_TYPE, comments + " (RSS)", absolute(commentsRss(articlePath))),
				new PageMeta.Alternate(ATOM_TYPE, comments + " (Atom)", absolute(commentsAtom(articlePath))),
				new PageMeta.Alternate("application/json+oembed", headline, absolute(oembed + "json")),
				new PageMeta.Alternate("text/xml+oembed", headline, absolute(oembed + "xml")));
	}

	String absolute(String path) {
		return this.pages.absolute(path);
	}

	private List<PageMeta.Alternate> feeds(String listPath, String title) {
		return List.of(new PageMeta.Alternate(RSS_TYPE, title + " (RSS)", absolute(rss(listPath))),
				new PageMeta.Alternate(ATOM_TYPE, title + " (Atom)", absolute(atom(listPath))));
	}

	private static String folder(String listPath) {
		return listPath.endsWith("/") ? listPath : listPath + "/";
	}

}
