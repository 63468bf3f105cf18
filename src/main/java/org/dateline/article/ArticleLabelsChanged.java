package org.dateline.article;

import java.util.List;

/**
 * The name of a tag or an author these articles carry changed (a rename or a merge),
 * published inside the transaction that did it: what indexes those names (search) follows
 * in the same transaction. Pages are purged by {@link org.dateline.web.ContentChanged} as
 * usual.
 *
 * @param articleIds the articles, whatever their status
 */
public record ArticleLabelsChanged(List<Long> articleIds) {

	public ArticleLabelsChanged {
		articleIds = List.copyOf(articleIds);
	}

}
