package org.dateline.newsroom;

import java.time.ZoneId;

import org.dateline.account.Role;
import org.dateline.account.StaffUser;
import org.dateline.web.PageMeta;

/**
 * What every newsroom screen shows around its content: who is signed in, the token its
 * forms must send back, and how many comments wait for moderation.
 */
public record Desk(PageMeta meta, StaffUser user, String csrfParameter, String csrfToken, long pendingComments,
		String section, ZoneId zone) {

	public boolean canModerate() {
		return this.user != null && this.user.can(Role.EDITOR);
	}

	public boolean isAdmin() {
		return this.user != null && this.user.can(Role.ADMIN);
	}

}
