package org.dateline.comment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A reader's comment as the public sees it. The commenter's email address is deliberately
 * not part of this record: what is not loaded cannot leak into a page, a feed or the API.
 */
public record Comment(long id, long articleId, Long parentId, String authorName, String authorUrl, String body,
		Instant createdAt) {

	private static final int AVATAR_COLOURS = 8;

	public String anchor() {
		return "comment-" + this.id;
	}

	/** The text split into paragraphs at blank lines; each is shown as plain text. */
	public List<String> paragraphs() {
		return Arrays.stream(this.body.strip().split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

	public boolean hasWebsite() {
		return !this.authorUrl.isBlank();
	}

	/**
	 * Up to two initials for the avatar, drawn on the page: no image service learns who
	 * reads or comments.
	 */
	public String initials() {
		String[] words = this.authorName.strip().split("\\s+");
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			if (!word.isEmpty() && initials.length() < 2 * 2) {
				initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
			}
			if (initials.codePointCount(0, initials.length()) == 2) {
				break;
			}
		}
		return initials.isEmpty() ? "?" : initials.toString();
	}

	/** One of a few avatar colours, from the public name (never the email address). */
	public int avatarColour() {
		return Math.floorMod(this.authorName.strip().hashCode(), AVATAR_COLOURS);
	}

}
