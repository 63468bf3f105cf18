package org.dateline.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dateline.comment.CommentTarget;
import org.dateline.comment.CommentTargets;

import org.springframework.stereotype.Component;

/** Tells the comment feature about articles, without it depending on this one. */
@Component
class ArticleCommentTargets implements CommentTargets {

	private final ArticleRepository articles;

	ArticleCommentTargets(ArticleRepository articles) {
		this.articles = articles;
	}

	@Override
	public Optional<CommentTarget> find(long articleId) {
		return this.articles.findById(articleId).map(ArticleCommentTargets::target);
	}

	@Override
	public Map<Long, CommentTarget> findAll(Collection<Long> articleIds) {
		Map<Long, CommentTarget> found = new LinkedHashMap<>();
		for (Article article : this.articles.findByIds(articleIds)) {
			found.put(article.id(), target(article));
		}
		return found;
	}

	static CommentTarget target(Article article) {
		return new CommentTarget(article.id(), article.path(), article.headline(), article.isPublished(),
				article.publishedAt(), article.commentsOpen());
	}

}
