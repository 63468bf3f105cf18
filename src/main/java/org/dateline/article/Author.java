package org.dateline.article;

/**
 * A byline: the person credited with an article, with a page at {@code /author/{slug}}.
 *
 * @param jobTitle what they do at the publication ("Asia correspondent"), or empty
 */
public record Author(long id, String slug, String name, String bio, String jobTitle) {

	public String path() {
		return "/author/" + this.slug;
	}

}
