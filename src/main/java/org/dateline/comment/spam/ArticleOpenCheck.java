package org.dateline.comment.spam;

/**
 * Rejects comments on articles that do not take them: drafts, unpublished, closed by the
 * editor or by age.
 */
public final class ArticleOpenCheck implements CommentCheck {

	@Override
	public String name() {
		return "article-open";
	}

	@Override
	public Verdict check(Submission s) {
		return s.articleClosedBecause() == null ? Verdict.pass(name())
				: Verdict.reject(name(), s.articleClosedBecause());
	}

}
