package org.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * An article to create, as the newsroom, an import or the demo site hands it over. Tags
 * are names; they are created when new.
 */
public record NewArticle(String slug, long sectionId, String headline, String dek, String dateline, String bodyMarkdown,
		ArticleStatus status, Long heroPhotoId, boolean commentsOpen, Instant publishedAt, Instant updatedAt,
		List<Long> authorIds, List<String> tagNames, List<NewCorrection> corrections) {

	public record NewCorrection(Correction.Kind kind, String text, Instant publishedAt) {
	}

}
