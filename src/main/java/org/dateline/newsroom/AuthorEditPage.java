package org.dateline.newsroom;

import java.util.List;

import org.dateline.account.StaffUser;
import org.dateline.article.AuthorProfile;

/**
 * An author profile's form, as saved or as sent when something needs fixing. An editor
 * edits every field; the owner of the profile only the bio and job title.
 *
 * @param profile the saved profile, or {@code null} for a new one
 * @param accounts the newsroom accounts a profile may be linked to (editors only)
 */
public record AuthorEditPage(Desk desk, AuthorProfile profile, AuthorForm form, boolean editsAll,
		List<StaffUser> accounts, String notice, String error) {

	public boolean isNew() {
		return this.profile == null;
	}

	public String action() {
		return isNew() ? "/newsroom/authors" : "/newsroom/authors/" + this.profile.author().id();
	}

	public String title() {
		if (isNew()) {
			return "New author";
		}
		return this.editsAll ? "Author: " + this.profile.author().name() : "Your author profile";
	}

}
