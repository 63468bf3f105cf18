package org.dateline.article;

/**
 * An author profile as the newsroom writes it.
 *
 * @param slug the slug of the author's page, {@code /author/{slug}}; made from the name
 * when empty
 * @param staffUserId the newsroom account whose owner may edit the profile, or
 * {@code null}
 */
public record AuthorDraft(String name, String slug, String bio, String jobTitle, Long staffUserId) {

	public AuthorDraft {
		name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		slug = slug == null ? "" : slug.strip();
		bio = bio == null ? "" : bio.strip().replace("\r\n", "\n");
		jobTitle = jobTitle == null ? "" : jobTitle.strip().replaceAll("\\s+", " ");
	}

}
