package org.dateline.article;

/**
 * An author as the newsroom manages it: the byline, the staff account it belongs to, and
 * how many articles carry it (drafts included).
 *
 * @param staffUserId the linked newsroom account, or {@code null}
 */
public record AuthorProfile(Author author, Long staffUserId, long articles) {

	public boolean belongsTo(long staffId) {
		return this.staffUserId != null && this.staffUserId == staffId;
	}

}
