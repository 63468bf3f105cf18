package org.dateline.newsroom;

import org.dateline.article.Section;

/**
 * A section's form, as saved or as sent when something needs fixing.
 *
 * @param section the saved section, or {@code null} for a new one
 * @param articles how many articles it holds, drafts included
 */
public record SectionEditPage(Desk desk, Section section, SectionForm form, long articles, String notice,
		String error) {

	public boolean isNew() {
		return this.section == null;
	}

	public String action() {
		return isNew() ? "/newsroom/sections" : "/newsroom/sections/" + this.section.id();
	}

	public String title() {
		return isNew() ? "New section" : "Section: " + this.section.name();
	}

}
