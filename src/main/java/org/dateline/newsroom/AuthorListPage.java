package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.account.StaffUser;
import org.dateline.article.AuthorProfile;

/**
 * The newsroom's authors. Editors may edit every profile; anyone else only the one linked
 * to their account.
 *
 * @param accounts newsroom accounts by id, to show which one a profile belongs to
 */
public record AuthorListPage(Desk desk, List<AuthorProfile> profiles, Map<Long, StaffUser> accounts, boolean editsAll,
		String notice) {

	public boolean mayEdit(AuthorProfile profile) {
		return this.editsAll || profile.belongsTo(this.desk.user().id());
	}

	public String account(AuthorProfile profile) {
		if (profile.staffUserId() == null) {
			return "";
		}
		StaffUser user = this.accounts.get(profile.staffUserId());
		if (user == null) {
			return "#" + profile.staffUserId();
		}
		// colleagues' addresses are for the editors who manage profiles, not the whole
		// desk
		return this.editsAll ? user.name() + " (" + user.email() + ")" : user.name();
	}

}
