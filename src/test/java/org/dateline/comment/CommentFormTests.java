package org.dateline.comment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment form is validated before anything is stored, in characters a reader would
 * count.
 */
class CommentFormTests {

	private static CommentForm form(String name, String email, String website, String body) {
		return new CommentForm(name, email, website, body, null, "", "", false, false);
	}

	@Test
	void requiredFieldsAreNamedInPlainWords() {
		Map<String, String> errors = form(" ", "", "", "  \n ").validate(5000, 100);
		assertThat(errors).containsOnlyKeys("body", "name", "email");
		assertThat(errors.get("email")).isEqualTo("Please give your email address. It will not be published.");
	}

	@Test
	void limitsCountCharactersNotBytesOrUtf16Units() {
		assertThat(form("Zoë", "z@example.org", "", "👍🏽".repeat(2500)).validate(5000, 100)).isEmpty();
		assertThat(form("Zoë", "z@example.org", "", "👍🏽".repeat(2500) + "x").validate(5000, 100)).containsKey("body");
		assertThat(form("名".repeat(101), "z@example.org", "", "ok").validate(5000, 100)).containsKey("name");
	}

	@Test
	void websitesMustBeHttpOrHttps() {
		assertThat(form("A", "a@example.org", "https://example.org/me", "x").validate(5000, 100)).isEmpty();
		for (String bad : new String[] { "javascript:alert(1)", "data:text/html,hi", "ftp://example.org", "example.org",
				"http://" }) {
			assertThat(form("A", "a@example.org", bad, "x").validate(5000, 100)).as(bad).containsKey("website");
		}
	}

	@Test
	void emailAddressesAreCheckedForShapeIncludingInternationalDomains() {
		assertThat(form("A", "jürgen@bücher.example", "", "x").validate(5000, 100)).isEmpty();
		for (String bad : new String[] { "plain", "a@b", "a b@example.org", "<a@example.org>",
				"a@example.org,b@example.org" }) {
			assertThat(form("A", bad, "", "x").validate(5000, 100)).as(bad).containsKey("email");
		}
	}

	@Test
	void textIsNormalisedAndStrippedOfInvisibleTricksButKeepsEmojiSequences() {
		CommentForm form = form("  Ada\tLovelace \u202E ", "A@Example.ORG", "",
				"Line one\r\nline two\u0000\u200B 👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Cafe\u0301");
		assertThat(form.name()).isEqualTo("Ada Lovelace");
		assertThat(form.body()).isEqualTo("Line one\nline two 👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Café");
		assertThat(form.normalizedEmail()).isEqualTo("a@example.org");
	}

}
