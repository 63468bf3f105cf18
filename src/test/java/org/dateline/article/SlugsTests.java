package org.dateline.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ferry crews return to work         | ferry-crews-return-to-work
			São Paulo's warehouses: a 4-day week | sao-paulo-s-warehouses-a-4-day-week
			Kraków, Łódź and Tromsø            | krakow-lodz-and-tromso
			Straße & Ærø                        | strasse-and-aero
			  --Already -- slugged--            | already-slugged
			!!!                                 | ''
			""")
	void slugsAreLowercaseAsciiWithSingleHyphens(String text, String slug) {
		assertThat(Slugs.slugify(text)).isEqualTo(slug);
	}

	@Test
	void longHeadlinesAreCutAtAWordBoundary() {
		String slug = Slugs
			.slugify("A very long headline that goes on and on about the harbour and the ferries and the "
					+ "strike and the unions and the rosters");
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
		assertThat(slug).isEqualTo("a-very-long-headline-that-goes-on-and-on-about-the-harbour-and-the-ferries-and");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void validSlugsAreCheckedStrictly() {
		assertThat(Slugs.isValid("ferry-strike")).isTrue();
		assertThat(Slugs.isValid("Ferry-strike")).isFalse();
		assertThat(Slugs.isValid("ferry--strike")).isFalse();
		assertThat(Slugs.isValid("-ferry")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
	}

}
