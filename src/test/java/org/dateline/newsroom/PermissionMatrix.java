package org.dateline.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.account.Role;

/**
 * The words of {@link NewsroomPermissionMatrixTests}' table: who may use an address
 * ({@link Access}, made of {@link Grant}s), and one {@link Row} per handler method with a
 * request that reaches it.
 */
final class PermissionMatrix {

	private PermissionMatrix() {
	}

	/**
	 * Whose thing a request is about, for the rules that depend on it. The fixtures make
	 * one of each for every desk role (see {@link MatrixFixtures}).
	 */
	enum Whose {

		/** The rule does not depend on whose it is. */
		ANY("any"),
		/** A photo they uploaded, the author profile linked to their account. */
		OWN("their own"),
		/** An article they created that is still a draft. */
		OWN_DRAFT("their own draft"),
		/** An article they created that an editor (or they) published. */
		OWN_PUBLISHED("their own, published"),
		/** Created by, uploaded by or linked to another author. */
		OTHERS("someone else's");

		final String label;

		Whose(String label) {
			this.label = label;
		}

	}

	/**
	 * The least desk role that may use an address on a kind of thing; {@code null} for
	 * anyone, signed in or not.
	 */
	record Grant(Whose whose, Role least) {

		boolean allows(Role role) {
			return this.least == null || (role != null && role.ordinal() <= this.least.ordinal());
		}

	}

	/** Who may use an address, in words and as grants. */
	record Access(String rule, List<Grant> grants) {

		static Access of(String rule, Grant... grants) {
			return new Access(rule, List.of(grants));
		}

		static Grant grant(Whose whose, Role least) {
			return new Grant(whose, least);
		}

		boolean isPublic() {
			return this.grants.stream().anyMatch((grant) -> grant.least() == null);
		}

		/** Whether someone with this role (or nobody signed in) may use it on this. */
		boolean allows(Role role, Whose whose) {
			return this.grants.stream().anyMatch((grant) -> grant.whose() == whose && grant.allows(role));
		}

		List<Whose> cases() {
			return this.grants.stream().map(Grant::whose).toList();
		}

	}

	/**
	 * One handler method: how it is mapped, who may use it, and a request that reaches it
	 * and what it answers those who may.
	 *
	 * @param path the request's path and query, with {@code {placeholders}} the fixtures
	 * fill in (see {@link MatrixFixtures#resolve})
	 * @param form the fields of a POST (the CSRF token is added), placeholders allowed
	 * @param answer the status for everyone the access allows
	 * @param freshDesk send it from an account signed in for this request alone (for
	 * requests that end the account's sessions)
	 */
	record Row(String method, String pattern, Access access, String path, Map<String, String> form, int answer,
			boolean freshDesk) {

		static Row get(String pattern, Access access) {
			return new Row("GET", pattern, access, pattern, Map.of(), 200, false);
		}

		static Row post(String pattern, Access access) {
			return new Row("POST", pattern, access, pattern, Map.of(), 200, false);
		}

		String key() {
			return this.method + " " + this.pattern;
		}

		Row at(String path) {
			return new Row(this.method, this.pattern, this.access, path, this.form, this.answer, this.freshDesk);
		}

		/** Form fields as name, value, name, value, ... */
		Row form(String... fields) {
			Map<String, String> form = new LinkedHashMap<>();
			for (int i = 0; i < fields.length; i += 2) {
				form.put(fields[i], fields[i + 1]);
			}
			return new Row(this.method, this.pattern, this.access, this.path, form, this.answer, this.freshDesk);
		}

		Row answers(int status) {
			return new Row(this.method, this.pattern, this.access, this.path, this.form, status, this.freshDesk);
		}

		Row fromAFreshDesk() {
			return new Row(this.method, this.pattern, this.access, this.path, this.form, this.answer, true);
		}

		@Override
		public String toString() {
			return key() + " (" + this.access.rule() + ")";
		}

	}

}
