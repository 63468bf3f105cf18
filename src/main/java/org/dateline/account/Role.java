package org.dateline.account;

/**
 * Desk roles, from most to least trusted. Each includes the ones below it (see the role
 * hierarchy in {@link AccountSecurityConfig}).
 */
public enum Role {

	/** Everything, including settings and accounts. */
	ADMIN,
	/**
	 * Publishes and edits anyone's articles, moderates comments, manages sections and
	 * tags.
	 */
	EDITOR,
	/** Writes, publishes and edits their own articles. */
	AUTHOR,
	/** Writes drafts; cannot publish. */
	CONTRIBUTOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
