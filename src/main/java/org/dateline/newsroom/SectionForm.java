package org.dateline.newsroom;

import org.dateline.article.Section;
import org.dateline.article.SectionDraft;

/**
 * The section form as the browser sends it; {@link #draft} turns it into what the article
 * feature takes.
 */
public record SectionForm(String name, String slug, String description, String position) {

	public SectionForm {
		name = name == null ? "" : name;
		slug = slug == null ? "" : slug;
		description = description == null ? "" : description;
		position = position == null ? "" : position;
	}

	static SectionForm of(Section section) {
		return new SectionForm(section.name(), section.slug(), section.description(),
				Integer.toString(section.position()));
	}

	/** The draft, or an exception saying which field cannot be read. */
	SectionDraft draft() {
		Integer order = null;
		if (!this.position.isBlank()) {
			try {
				order = Integer.valueOf(this.position.strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"The position should be a whole number, such as 3, not \"" + this.position + "\".");
			}
		}
		return new SectionDraft(this.name, this.slug, this.description, order);
	}

}
