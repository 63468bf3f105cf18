package org.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.dateline.comment.CommentSection;
import org.dateline.web.Dates;
import org.dateline.web.PageMeta;

/** The model of an article page: the article, what to read next and its comments. */
public record ArticlePage(PageMeta meta, Article article, List<ArticleSummary> related, CommentSection comments,
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
		int count = this.comments.thread().count();
		return switch (count) {
			case 0 -> "No comments yet";
			case 1 -> "1 comment";
			default -> count + " comments";
		};
	}

}
