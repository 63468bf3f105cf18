package org.dateline.importer;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Plain-text agency copy in the dateline and credit styles agencies and web pages use.
 */
class WireCopyTests {

	@Test
	void captionCreditDatelineAndParagraphsAreRecognizedAndTheCommentFormDropped() throws IOException {
		WireStory story = parse("ferries-return.txt");
		assertThat(story.headline()).isEqualTo("Ferries return to the harbour after the storm");
		assertThat(story.caption())
			.isEqualTo("QUAYSIDE, ENGLAND - MARCH 14: A ferry leaves the north quay as services resume on Thursday.");
		assertThat(story.credit()).isEqualTo("Photo: Quay Wire / Hana Lindqvist");
		assertThat(story.alt()).isEmpty();
		assertThat(story.dateline()).isEqualTo("QUAYSIDE, England");
		assertThat(story.bodyMarkdown()).isEqualTo("""
				Ferries returned to the harbour on Thursday, four days after a storm tore the roof off the ticket hall.

				"We lost four days of the season," said the harbour master, who asked the council for help with repairs.

				The fish market reopens on Monday.""");
		assertThat(story.recognized()).contains("web boilerplate at the end (5 paragraphs, dropped)", "3 paragraphs");
	}

	@Test
	void anAgencyInBracketsAnEmDashAltTextAndSharePromptsAreRecognized() throws IOException {
		WireStory story = parse("council-vote.txt");
		assertThat(story.headline()).isEqualTo("Council votes to rebuild the sea wall");
		assertThat(story.alt()).isEqualTo("A grey sea wall with waves breaking over it");
		assertThat(story.caption()).isEmpty();
		assertThat(story.credit()).isEqualTo("Photo: Quay Wire");
		assertThat(story.dateline()).isEqualTo("LONDON (Quay Wire)");
		assertThat(story.bodyMarkdown()).isEqualTo("""
				The council voted on Tuesday to rebuild the sea wall before winter.

				The work will cost 12 million pounds.""");
	}

	@Test
	void aDateAndAgencyBeforeAHyphenAndABylineAreRecognized() throws IOException {
		WireStory story = parse("market-prices.txt");
		assertThat(story.bylines()).containsExactly("Amelie Durand", "Piet Janssen");
		assertThat(story.dateline()).isEqualTo("PARIS, March 3 (AFP)");
		assertThat(story.bodyMarkdown()).startsWith("Fish prices fell by a fifth").doesNotContain("AFP");
		assertThat(story.hasPhotoDetails()).isFalse();
	}

	@Test
	void aTwoWordCityAndADoubleHyphenAreADateline() throws IOException {
		WireStory story = parse("new-york-double-hyphen.txt");
		assertThat(story.dateline()).isEqualTo("NEW YORK");
		assertThat(story.bodyMarkdown())
			.isEqualTo("The port authority named a new chief on Friday.\n\nShe starts in May.");
	}

	@Test
	void copyWithoutADatelineKeepsItsFirstParagraphWhole() throws IOException {
		WireStory story = parse("plain-note.txt");
		assertThat(story.dateline()).isEmpty();
		assertThat(story.bodyMarkdown()).isEqualTo("The harbour office closes early on Friday.");
	}

	@Test
	void ordinarySentencesAreNotDatelines() {
		assertThat(WireCopy.DATELINE.matcher("The UN said on Monday - in a statement - that").find()).isFalse();
		assertThat(WireCopy.DATELINE.matcher("I - for one - disagree").find()).isFalse();
		assertThat(WireCopy.DATELINE.matcher("HONG KONG, China \u2013 Shares rose.").find()).isTrue();
		assertThat(WireCopy.DATELINE.matcher("WASHINGTON\u2014The Senate voted.").find()).isTrue();
	}

	@Test
	void anEmptyFileIsNoStory() {
		assertThatIllegalArgumentException().isThrownBy(() -> WireCopy.parse("\n \n")).withMessage("it is empty");
	}

	private static WireStory parse(String name) throws IOException {
		return WireCopy.parse(Files.readString(ImportFixtures.resource("wire/" + name)));
	}

}
