package org.dateline.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * A reader's comment as the public sees it. The commenter's email address is deliberately
 * not part of this record: what is not loaded cannot leak into a page, a feed or the API.
 *
 * @param pending whether it is still waiting for a moderator (only ever shown to the
 * commenter who wrote it)
 * @param staff whether a member of the newsroom wrote it
 */
public record Comment(long id, long articleId, Long parentId, String authorName, String authorUrl, String body,
		Instant createdAt, boolean pending, boolean staff) {

	private static final int AVATAR_COLOURS = 8;

	/**
	 * The only websites a comment links to: http and https. Never {@code javascript:} or
	 * {@code data:}, whether typed on the form or brought by an import.
	 */
	private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/$.?#][^\\s]*");

	private static final LinkExtractor LINKS = LinkExtractor.builder()
		.linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
		.build();

	/** A run of comment text: plain text, or a link found in it. */
	public record Segment(String text, String href) {

		public boolean isLink() {
			return this.href != null;
		}

	}

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

	/**
	 * Each paragraph as text and links: only http(s) and www addresses become links,
	 * everything else stays text.
	 */
	public List<List<Segment>> linkedParagraphs() {
		List<List<Segment>> paragraphs = new ArrayList<>();
		for (String paragraph : paragraphs()) {
			List<Segment> segments = new ArrayList<>();
			for (Span span : LINKS.extractSpans(paragraph)) {
				String text = paragraph.substring(span.getBeginIndex(), span.getEndIndex());
				if (span instanceof LinkSpan link) {
					String href = link.getType() == LinkType.WWW ? "https://" + text : text;
					segments.add(new Segment(text, href));
				}
				else {
					segments.add(new Segment(text, null));
				}
			}
			paragraphs.add(segments);
		}
		return paragraphs;
	}

	public boolean hasWebsite() {
		return isWebAddress(this.authorUrl);
	}

	/** Whether a commenter's website may be linked: an http or https address. */
	public static boolean isWebAddress(String website) {
		return website != null && WEB_ADDRESS.matcher(website).matches();
	}

	/**
	 * Up to two initials for the avatar, drawn on the page: no image service learns who
	 * reads or comments.
	 */
	public String initials() {
		StringBuilder initials = new StringBuilder();
		int letters = 0;
		for (String word : this.authorName.strip().split("\\s+")) {
			if (!word.isEmpty() && letters < 2) {
				initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
				letters++;
			}
		}
		return initials.isEmpty() ? "?" : initials.toString();
	}

	/** One of a few avatar colours, from the public name (never the email address). */
	public int avatarColour() {
		return Math.floorMod(this.authorName.strip().hashCode(), AVATAR_COLOURS);
	}

}
