package org.dateline.newsroom;

import java.util.List;

import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentTarget;
import org.dateline.comment.ModeratedComment;
import org.dateline.comment.SpamScore;

/**
 * One comment in the newsroom: what the checks said, the commenter's history, readers'
 * reports, edit and reply.
 */
public record DetailPage(Desk desk, ModeratedComment comment, CommentTarget article, CommentModeration.History history,
		SpamScore score, List<String> reports, String done, String error) {

	public List<String> checks() {
		return this.comment.checks().isBlank() ? List.of() : List.of(this.comment.checks().split("\n"));
	}

}
