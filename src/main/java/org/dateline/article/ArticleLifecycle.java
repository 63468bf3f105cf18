package org.dateline.article;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to a story in readers' eyes, published inside the transaction that did
 * it. Listeners that reach outside the process (webhooks, WebSub hubs) should listen
 * after commit ({@code @TransactionalEventListener}); search indexing listens in the same
 * transaction.
 *
 * @param articleId the article
 * @param change what readers now see
 * @param listedBefore the list pages (section front, tag and author pages, as
 * {@code /world/} or {@code /tag/climate}) that showed the story just before an update
 * that may have moved it: once the change is committed the story no longer says where it
 * was, and a list it left has changed too. Empty when the change moved it off none.
 */
public record ArticleLifecycle(long articleId, Change change, List<String> listedBefore) {

	public ArticleLifecycle {
		listedBefore = List.copyOf(listedBefore);
	}

	public ArticleLifecycle(long articleId, Change change) {
		this(articleId, change, List.of());
	}

	/** The list pages a story in this section, with these tags and bylines, shows on. */
	static List<String> listPages(Section section, List<Tag> tags, List<Author> bylines) {
		List<String> lists = new ArrayList<>();
		lists.add(section.path());
		tags.forEach((tag) -> lists.add(tag.path()));
		bylines.forEach((author) -> lists.add(author.path()));
		return lists;
	}

	public enum Change {

		/** It is on the site now (published now, or by the scheduler). */
		PUBLISHED,
		/** It was on the site and changed (text, correction, slug, section). */
		UPDATED,
		/** It was on the site and is not any more. */
		UNPUBLISHED

	}

}
