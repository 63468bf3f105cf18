package org.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * A saved state of an article: every save keeps one, so any two can be compared and any
 * restored.
 */
public record Revision(long id, long articleId, int version, ArticleDraft draft, String savedBy, Instant savedAt,
		String note) {

	/** The revision as lines of text, field by field, for comparing two. */
	public List<String> lines() {
		java.util.List<String> lines = new java.util.ArrayList<>();
		lines.add("Headline: " + this.draft.headline());
		lines.add("Dek: " + this.draft.dek());
		lines.add("Slug: " + this.draft.slug());
		lines.add("Section: " + this.draft.sectionId());
		lines.add("Dateline: " + this.draft.dateline());
		lines.add("Hero photo: " + (this.draft.heroPhotoId() == null ? "none" : this.draft.heroPhotoId()));
		lines.add("Tags: " + String.join(", ", this.draft.tagNames()));
		lines.add("Bylines: " + this.draft.authorIds());
		lines.add("");
		lines.addAll(List.of(this.draft.bodyMarkdown().split("\n", -1)));
		return lines;
	}

}
