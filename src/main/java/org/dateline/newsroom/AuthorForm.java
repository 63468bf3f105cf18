package org.dateline.newsroom;

import org.dateline.article.Author;
import org.dateline.article.AuthorDraft;
import org.dateline.article.AuthorProfile;

/**
 * The author profile form as the browser sends it.
 *
 * @param staff the id of the linked newsroom account, or empty for none
 */
public record AuthorForm(String name, String slug, String bio, String jobTitle, String staff) {

	public AuthorForm {
		name = name == null ? "" : name;
		slug = slug == null ? "" : slug;
		bio = bio == null ? "" : bio;
		jobTitle = jobTitle == null ? "" : jobTitle;
		staff = staff == null ? "" : staff;
	}

	static AuthorForm of(AuthorProfile profile) {
		Author author = profile.author();
		return new AuthorForm(author.name(), author.slug(), author.bio(), author.jobTitle(),
				profile.staffUserId() == null ? "" : profile.staffUserId().toString());
	}

	/** The linked account's id, {@code null} for none, or an exception saying why not. */
	Long staffId() {
		if (this.staff.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(this.staff.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Choose the newsroom account from the list.");
		}
	}

	AuthorDraft draft(Long staffId) {
		return new AuthorDraft(this.name, this.slug, this.bio, this.jobTitle, staffId);
	}

	public boolean linkedTo(long staffId) {
		return Long.toString(staffId).equals(this.staff.strip());
	}

}
