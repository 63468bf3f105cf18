package org.dateline.article;

/**
 * What happened to a story in readers' eyes, published inside the transaction that did
 * it. Listeners that reach outside the process (webhooks, WebSub hubs) should listen
 * after commit ({@code @TransactionalEventListener}); search indexing listens in the same
 * transaction.
 *
 * @param articleId the article
 * @param change what readers now see
 */
public record ArticleLifecycle(long articleId, Change change) {

	public enum Change {

		/** It is on the site now (published now, or by the scheduler). */
		PUBLISHED,
		/** It was on the site and changed (text, correction, slug, section). */
		UPDATED,
		/** It was on the site and is not any more. */
		UNPUBLISHED

	}

}
