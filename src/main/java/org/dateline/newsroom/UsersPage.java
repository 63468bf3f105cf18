package org.dateline.newsroom;

import java.time.Instant;
import java.util.List;

import org.dateline.account.Role;
import org.dateline.account.StaffUser;

/** Every newsroom account, and the form to invite another. */
public record UsersPage(Desk desk, List<Row> rows, List<Role> roles, InviteForm invite, String notice, String error) {

	/** An account and, if it is locked after wrong passwords, until when. */
	public record Row(StaffUser user, Instant lockedUntil) {

		public String status() {
			if (!this.user.enabled()) {
				return "disabled";
			}
			if (!this.user.hasPassword()) {
				return "invited";
			}
			return this.lockedUntil != null ? "locked" : "active";
		}

	}

}
