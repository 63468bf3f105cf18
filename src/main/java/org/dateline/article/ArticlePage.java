package org.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.dateline.comment.CommentThread;
import org.dateline.web.Dates;
import org.dateline.web.PageMeta;

/** The model of an article page: the article, what to read next and its comments. */
public record ArticlePage(PageMeta meta, Article article, List<ArticleSummary> related, CommentThread comments,
		ZoneId zone) {

	public String iso(Instant instant) {
		return Dates.iso(instant, this.zone);
	}

	public String display(Instant instant) {
		return Dates.display(instant, this.zone);
	}

	public String day(Instant instant) {
		return Dates.day(instant, this.zone);
	}

	public String commentCountLabel() {
		return switch (this.comments.count()) {
			case 0 -> "No comments yet";
			case 1 -> "1 comment";
			default -> this.comments.count() + " comments";
		};
	}

}
