package org.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * What the editor form holds: the parts of an article a journalist writes. Tags are names
 * (new ones are created), authors are byline ids in order.
 */
public record ArticleDraft(String headline, String dek, String slug, long sectionId, String dateline,
		String bodyMarkdown, Long heroPhotoId, List<String> tagNames, List<Long> authorIds, boolean commentsOpen,
		Instant embargoAt) {

	public ArticleDraft {
		headline = clean(headline);
		dek = clean(dek);
		slug = slug == null ? "" : slug.strip();
		dateline = clean(dateline);
		bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown.replace("\r\n", "\n");
		tagNames = tagNames == null ? List.of()
				: tagNames.stream().map(String::strip).filter((t) -> !t.isEmpty()).distinct().toList();
		authorIds = authorIds == null ? List.of() : authorIds.stream().distinct().toList();
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip().replaceAll("\\s+", " ");
	}

}
