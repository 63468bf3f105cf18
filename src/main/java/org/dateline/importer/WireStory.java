package org.dateline.importer;

import java.util.List;

/**
 * A story as an agency sent it, parsed into Dateline's fields by {@link WireCopy} (plain
 * text) or {@link NinjsReader} (IPTC ninjs). {@code recognized} says, in words, which
 * parts were found, for the report.
 *
 * @param externalId the agency's id of the story (a ninjs uri), or null
 * @param picture the photo's file or URL (a ninjs rendition), or null
 */
record WireStory(String externalId, String headline, String dek, String dateline, String bodyMarkdown,
		List<String> bylines, String section, List<String> tags, String alt, String caption, String credit,
		String creator, String copyright, String picture, List<String> recognized) {

	boolean hasPhotoDetails() {
		return !this.alt.isBlank() || !this.caption.isBlank() || !this.credit.isBlank();
	}

}
