package org.dateline.article;

/** A section of the site (World, Business...), with its own front at {@code /{slug}/}. */
public record Section(long id, String slug, String name, String description, int position) {

	public String path() {
		return "/" + this.slug + "/";
	}

}
