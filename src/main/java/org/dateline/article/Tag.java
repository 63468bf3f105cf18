package org.dateline.article;

/** A topic an article is filed under, with a page at {@code /tag/{slug}}. */
public record Tag(long id, String slug, String name) {

	public String path() {
		return "/tag/" + this.slug;
	}

}
