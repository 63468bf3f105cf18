package org.dateline.comment;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTests {

	private static Comment by(String name, String body) {
		return new Comment(1, 1, null, name, "", body, Instant.EPOCH, false, false);
	}

	@Test
	void paragraphsAreSplitAtBlankLines() {
		assertThat(by("A", "First line\nstill first.\n\n\n  Second.  \r\n\r\nThird 🎉").paragraphs())
			.containsExactly("First line\nstill first.", "Second.", "Third 🎉");
	}

	@Test
	void avatarsShowInitialsAndAColourFromThePublicNameOnly() {
		assertThat(by("Zoë Kowalczyk", "x").initials()).isEqualTo("ZK");
		assertThat(by("siobhán", "x").initials()).isEqualTo("S");
		assertThat(by("Jürgen Ernst Müller", "x").initials()).isEqualTo("JE");
		assertThat(by("𝓐lice Bee", "x").initials()).isEqualTo("𝓐B");
		assertThat(by("Zoë Kowalczyk", "x").avatarColour()).isEqualTo(by("Zoë Kowalczyk", "y").avatarColour())
			.isBetween(0, 7);
	}

	@Test
	void aWebsiteIsLinkedOnlyWhenItIsAnHttpOrHttpsAddress() {
		for (String website : List.of("https://example.org/me", "http://example.org", "HTTPS://EXAMPLE.ORG/")) {
			assertThat(withWebsite(website).hasWebsite()).as(website).isTrue();
		}
		for (String website : List.of("", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
				"vbscript:msgbox", "ftp://example.org", "//example.org", "example.org", "https://")) {
			assertThat(withWebsite(website).hasWebsite()).as(website).isFalse();
		}
	}

	@Test
	void anImportedCommentKeepsOnlyAWebAddressAsItsWebsite() {
		assertThat(imported(" https://ines.example ").website()).isEqualTo("https://ines.example");
		assertThat(imported("javascript:alert(document.cookie)").website()).isEmpty();
		assertThat(imported("data:text/html;base64,PHNjcmlwdD4=").website()).isEmpty();
		assertThat(imported(null).website()).isEmpty();
	}

	private static Comment withWebsite(String website) {
		return new Comment(1, 1, null, "A", website, "x", Instant.EPOCH, false, false);
	}

	private static ImportedComment imported(String website) {
		return new ImportedComment(1, null, "A", "a@example.org", website, "x", CommentStatus.APPROVED, Instant.EPOCH);
	}

	@Test
	void onlyWebAddressesBecomeLinksAndEverythingElseStaysText() {
		var paragraphs = by("A",
				"See https://example.org/a?b=1, www.example.net and javascript:alert(1) or <b>bold</b>")
			.linkedParagraphs();
		assertThat(paragraphs).hasSize(1);
		assertThat(paragraphs.getFirst().stream().filter(Comment.Segment::isLink).map(Comment.Segment::href))
			.containsExactly("https://example.org/a?b=1", "https://www.example.net");
		assertThat(paragraphs.getFirst().stream().map(Comment.Segment::text).reduce("", String::concat))
			.isEqualTo("See https://example.org/a?b=1, www.example.net and javascript:alert(1) or <b>bold</b>");
	}

}
