package org.dateline.newsroom;

import org.dateline.article.Tag;

/**
 * A tag's forms: its name and slug, and merging it into another tag; as saved, or as sent
 * when something needs fixing.
 *
 * @param tag the saved tag, or {@code null} for a new one
 * @param articles how many articles are filed under it, drafts included
 */
public record TagEditPage(Desk desk, Tag tag, String name, String slug, String into, long articles, String notice,
		String error) {

	public boolean isNew() {
		return this.tag == null;
	}

	public String action() {
		return isNew() ? "/newsroom/tags" : "/newsroom/tags/" + this.tag.id();
	}

	public String title() {
		return isNew() ? "New tag" : "Tag: " + this.tag.name();
	}

}
