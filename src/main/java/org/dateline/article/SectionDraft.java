package org.dateline.article;

/**
 * A section as the newsroom writes it: its name in the navigation, the slug of its
 * address ({@code /{slug}/}, made from the name when empty), the description on its front
 * and its place in the navigation ({@code null}: after the others, or where it was).
 */
public record SectionDraft(String name, String slug, String description, Integer position) {

	public SectionDraft {
		name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		slug = slug == null ? "" : slug.strip();
		description = description == null ? "" : description.strip();
	}

}
