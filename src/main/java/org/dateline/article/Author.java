package org.dateline.article;

/**
 * A byline: the person credited with an article, with a page at {@code /author/{slug}}.
 */
public record Author(long id, String slug, String name, String bio) {

	public String path() {
		return "/author/" + this.slug;
	}

}
