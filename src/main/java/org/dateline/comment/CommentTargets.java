package org.dateline.comment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the articles comments belong to. Implemented by the article feature, so comments
 * can check an article without depending on it.
 */
public interface CommentTargets {

	Optional<CommentTarget> find(long articleId);

	/** Several articles at once, by id; missing ones are left out. */
	Map<Long, CommentTarget> findAll(Collection<Long> articleIds);

}
