package org.dateline.article;

/**
 * Who is working on articles, as the article rules need to know: the newsroom decides it
 * from the desk role, so this feature does not depend on accounts.
 *
 * @param canPublish publish, schedule and unpublish (authors, editors, admins; not
 * contributors)
 * @param canEditOthers edit and publish anyone's articles (editors and admins)
 */
public record Actor(long staffId, String name, boolean canPublish, boolean canEditOthers) {
}
