package org.dateline.article;

import java.util.List;

import org.dateline.media.Photo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warnings an editor sees before publishing, one by one, from a draft and its hero
 * photo: no Spring, no database.
 */
class EditorialChecklistTests {

	static final String HEADLINE = "Ferry crews return to work as the harbour strike ends";

	static final String CAPTION = "LISBON, PORTUGAL - MAY 3: Ferry crews walk back to the Cais do Sodré terminal.";

	static final String ALT = "Four people in orange life vests walking along a quay beside a white ferry";

	static final String CREDIT = "Photo: Harbourline Agency / Kenji Morrow";

	static ArticleDraft draft(String headline, String dek, String dateline) {
		return new ArticleDraft(headline, dek, "", 1, dateline, "The first paragraph.", 7L, List.of("Transport"),
				List.of(3L), true, null);
	}

	static ArticleDraft clean() {
		return draft(HEADLINE, "Services resume on Monday after a week of stoppages.", "LISBON, Portugal");
	}

	static Photo photo(String alt, String caption, String credit) {
		return new Photo(7, "abcdefghijklmnopqrst", 1600, 900, alt, caption, credit, "Kenji Morrow",
				"© 2026 Harbourline Agency");
	}

	static Photo hero() {
		return photo(ALT, CAPTION, CREDIT);
	}

	@Test
	void aCleanDraftWithACreditedDescribedPhotoHasNoWarnings() {
		assertThat(EditorialChecklist.warnings(clean(), hero())).isEmpty();
	}

	@Test
	void photosInTheBodyAreCheckedLikeTheHero() {
		ArticleDraft draft = clean();
		ArticleDraft withPhotos = new ArticleDraft(draft.headline(), draft.dek(), "", 1, draft.dateline(), """
				The first paragraph.

				![](photo:8)

				![A crane lifting a container onto the quay](photo:9)

				![Crew members waving](photo:10)

				A paragraph with ![an inline picture](photo:11) in its text is a link, not a placed photo.

				![](photo:12)
				""", 7L, List.of("Transport"), List.of(3L), true, null);
		java.util.Map<Long, Photo> library = java.util.Map.of(8L, photo("", CAPTION, CREDIT), 9L,
				photo("", "A crane lifting a container onto the quay", ""), 10L, photo(ALT, CAPTION, CREDIT), 11L,
				photo("", "", ""));
		assertThat(
				EditorialChecklist.warnings(withPhotos, hero(), (id) -> java.util.Optional.ofNullable(library.get(id))))
			.containsExactly("Photo 8 in the body has no alt text for screen readers.",
					"Photo 9 in the body has no credit.",
					"The caption of photo 9 in the body repeats its alt text; the alt text should describe the picture.",
					"Photo 12 in the body is not in the media library; readers will not see it.");
	}

	@Test
	void aDraftWithoutAHeroPhotoIsWarned() {
		assertThat(EditorialChecklist.warnings(clean(), null)).containsExactly("There is no hero photo.");
	}

	@Test
	void aHeroPhotoWithoutACreditIsWarned() {
		assertThat(EditorialChecklist.warnings(clean(), photo(ALT, CAPTION, " ")))
			.containsExactly("The hero photo has no credit.");
	}

	@Test
	void aHeroPhotoWithoutAltTextIsWarned() {
		assertThat(EditorialChecklist.warnings(clean(), photo("", CAPTION, CREDIT)))
			.containsExactly("The hero photo has no alt text for screen readers.");
	}

	@Test
	void aHeroPhotoWithNeitherCreditNorAltTextGetsBothWarnings() {
		assertThat(EditorialChecklist.warnings(clean(), photo("", "", "")))
			.containsExactly("The hero photo has no credit.", "The hero photo has no alt text for screen readers.");
	}

	@Test
	void aCaptionThatRepeatsTheAltTextIsWarned() {
		String repeats = "The hero photo's caption repeats its alt text; the alt text should describe the picture.";
		assertThat(EditorialChecklist.warnings(clean(), photo(CAPTION, CAPTION, CREDIT))).as("the same text")
			.containsExactly(repeats);
		assertThat(EditorialChecklist.warnings(clean(),
				photo("Ferry crews walk back to the Cais do Sodré terminal", CAPTION, CREDIT)))
			.as("the alt text is part of the caption, in other case and punctuation")
			.containsExactly(repeats);
		assertThat(EditorialChecklist.warnings(clean(),
				photo("Ferry crews walk back to the terminal, seen from the water",
						"Ferry crews walk back to the terminal.", CREDIT)))
			.as("the caption is part of the alt text")
			.containsExactly(repeats);
	}

	@Test
	void anAltTextWithoutACaptionRepeatsNothing() {
		assertThat(EditorialChecklist.warnings(clean(), photo(ALT, "", CREDIT))).isEmpty();
	}

	@Test
	void aMissingDatelineIsWarned() {
		assertThat(EditorialChecklist.warnings(draft(HEADLINE, "A dek.", "  "), hero()))
			.containsExactly("The dateline is missing.");
	}

	@Test
	void aHeadlineLongerThanSearchEnginesShowIsWarned() {
		String limit = "x".repeat(EditorialChecklist.HEADLINE_LIMIT);
		assertThat(EditorialChecklist.warnings(draft(limit, "A dek.", "LISBON, Portugal"), hero()))
			.as("exactly at the limit")
			.isEmpty();
		assertThat(EditorialChecklist.warnings(draft(limit + "y", "A dek.", "LISBON, Portugal"), hero()))
			.containsExactly("The headline is 111 characters long; search engines cut it at 110.");
	}

	@Test
	void anEmptyDekIsWarned() {
		assertThat(EditorialChecklist.warnings(draft(HEADLINE, "", "LISBON, Portugal"), hero()))
			.containsExactly("The dek is empty.");
	}

	@Test
	void aStoryWithoutABylineIsWarned() {
		ArticleDraft clean = clean();
		ArticleDraft unsigned = new ArticleDraft(clean.headline(), clean.dek(), "", 1, clean.dateline(),
				clean.bodyMarkdown(), 7L, clean.tagNames(), List.of(), true, null);
		assertThat(EditorialChecklist.warnings(unsigned, hero())).containsExactly("The story has no byline.");
	}

	@Test
	void aShortCaptionFoundInsideAFullDescriptionIsNotARepeat() {
		assertThat(
				EditorialChecklist.warnings(clean(), photo("A white ferry leaving Lisbon at dusk", "Lisbon", CREDIT)))
			.isEmpty();
	}

	@Test
	void everyWarningAtOnceInTheOrderTheDeskReadsThem() {
		ArticleDraft everything = new ArticleDraft("y".repeat(120), "", "", 1, "", "Text.", null, List.of(), List.of(),
				true, null);
		assertThat(EditorialChecklist.warnings(everything, null)).containsExactly("There is no hero photo.",
				"The dateline is missing.", "The headline is 120 characters long; search engines cut it at 110.",
				"The dek is empty.", "The story has no byline.");
	}

}
