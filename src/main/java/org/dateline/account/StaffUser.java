package org.dateline.account;

/**
 * A newsroom account as the rest of the application sees it; the password hash never
 * leaves this package.
 */
public record StaffUser(long id, String email, String name, Role role, boolean enabled, boolean hasPassword) {

	public boolean can(Role needed) {
		return this.role.ordinal() <= needed.ordinal();
	}

}
