package org.dateline.importer;

import java.util.List;
import java.util.Map;

/** What a WordPress export (WXR) holds, as {@link WxrReader} hands it over. */
final class Wxr {

	static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

	static final String DC_NS = "http://purl.org/dc/elements/1.1/";

	private Wxr() {
	}

	/** A {@code <wp:author>}. */
	record Author(String login, String email, String displayName, String firstName, String lastName,
			String description) {
	}

	/**
	 * A {@code <wp:category>}, {@code <wp:tag>} or {@code <wp:term>}; {@code taxonomy} is
	 * {@code category}, {@code post_tag} or the term's own.
	 */
	record Term(String taxonomy, String slug, String name, String parent, String description) {
	}

	/** A {@code <category domain="..." nicename="...">} of an item. */
	record ItemTerm(String domain, String slug, String name) {
	}

	/**
	 * A {@code <wp:comment>}; {@code exactDate} is Dateline's own comment meta, to the
	 * millisecond.
	 */
	record Comment(String id, String author, String email, String url, String date, String dateGmt, String content,
			String approved, String type, String parent, String exactDate) {
	}

	/**
	 * An {@code <item>}: a post, page, attachment or anything else WordPress stores as a
	 * post.
	 */
	record Item(String postId, String type, String title, String link, String guid, String creator, String content,
			String excerpt, String postName, String status, String postDate, String postDateGmt, String pubDate,
			String commentStatus, String parent, String attachmentUrl, Map<String, String> meta, List<ItemTerm> terms,
			List<Comment> comments) {

		String meta(String key) {
			return this.meta.getOrDefault(key, "");
		}

		/** How the report names it: type, id and title. */
		String label() {
			return this.type + " " + this.postId + (this.title.isBlank() ? "" : " \"" + this.title + "\"");
		}

	}

}
