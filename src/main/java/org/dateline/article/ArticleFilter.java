package org.dateline.article;

/**
 * How the newsroom's article list is narrowed and ordered.
 *
 * @param createdBy only articles this account created (what contributors and authors see
 * first)
 */
public record ArticleFilter(ArticleStatus status, Long sectionId, Long authorId, Long createdBy, String query,
		Sort sort) {

	public ArticleFilter {
		query = query == null ? "" : query.strip();
		sort = sort == null ? Sort.RECENTLY_CHANGED : sort;
	}

	public enum Sort {

		RECENTLY_CHANGED("a.modified_at DESC, a.id DESC"),
		NEWEST_PUBLISHED("a.published_at DESC NULLS LAST, a.id DESC"),
		/** Scheduled stories in the order they will go out. */
		NEXT_TO_PUBLISH("a.published_at ASC NULLS LAST, a.id"), HEADLINE("lower(a.headline), a.id");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

}
