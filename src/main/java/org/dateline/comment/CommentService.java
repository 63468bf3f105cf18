package org.dateline.comment;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader comments: the approved thread of an article, and adding comments.
 */
@Service
public class CommentService {

	private final CommentRepository comments;

	private final int maxDepth;

	CommentService(CommentRepository comments, @Value("${dateline.comment.max-depth:5}") int maxDepth) {
		this.comments = comments;
		this.maxDepth = maxDepth;
	}

	public CommentThread approvedThread(long articleId) {
		return CommentThread.of(this.comments.approvedFor(articleId), this.maxDepth);
	}

	/**
	 * Adds an already approved comment, as an import or the demo site does; readers'
	 * comments are moderated.
	 */
	@Transactional
	public long addApproved(long articleId, Long parentId, String name, String email, String website, String body,
			Instant createdAt) {
		return this.comments.insert(articleId, parentId, name, email, website == null ? "" : website, body, "APPROVED",
				createdAt);
	}

}
