package org.dateline.newsroom;

import java.time.Instant;
import java.util.List;

import org.dateline.account.Role;
import org.dateline.account.StaffUser;

/**
 * One account as an admin manages it. {@code link} is the password link just mailed,
 * shown once in case the mail does not arrive.
 */
public record UserPage(Desk desk, StaffUser user, Instant lockedUntil, long sessions, List<Role> roles, String notice,
		String error, String link, boolean self) {
}
