package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.comment.CommentTarget;
import org.dateline.comment.RejectionLog;

/**
 * A page of the comments the checks rejected.
 *
 * @param articles the articles they were sent to, by id (one since deleted is missing)
 * @param kept how many rejections are kept in all
 */
public record RejectedPage(Desk desk, List<RejectionLog.Rejection> rejections, Map<Long, CommentTarget> articles,
		long kept, int page, boolean hasMore) {
}
