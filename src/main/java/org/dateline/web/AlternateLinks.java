package org.dateline.web;

import java.util.List;

/**
 * Where the alternates of a page are: the feeds of what it lists and its oEmbed
 * description, for {@code <link rel="alternate">} in its head. The feed feature knows its
 * URLs and provides this, as the article feature provides the {@link NavigationSource};
 * pages only say what they are.
 */
public interface AlternateLinks {

	/** For sites (and tests) without feeds. */
	AlternateLinks NONE = new AlternateLinks() {
	};

	/** The site's own feeds, linked from every page. */
	default List<PageMeta.Alternate> site() {
		return List.of();
	}

	/**
	 * The feeds of a list page: a section front, a tag or an author page.
	 * @param listPath the list's path, such as {@code /world/} or {@code /tag/climate}
	 * @param name what the list is about, such as the section's name
	 */
	default List<PageMeta.Alternate> list(String listPath, String name) {
		return List.of();
	}

	/** The comments feeds and oEmbed descriptions of an article page. */
	default List<PageMeta.Alternate> article(String articlePath, String headline) {
		return List.of();
	}

}
