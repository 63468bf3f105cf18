package org.dateline.importer;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** IPTC ninjs 1.x and 2.x stories into Dateline's fields. */
class NinjsReaderTests {

	@Test
	void ninjsOneHasAHeadlineBodyHtmlBylineLocatedSubjectsAndAPictureObject() throws IOException {
		WireStory story = parse("ninjs-1.json");
		assertThat(story.externalId()).isEqualTo("urn:quaywire:story:1001");
		assertThat(story.headline()).isEqualTo("Lifeboat crew rescues three off the point");
		assertThat(story.dek()).isEqualTo("The crew went out twice in one night.");
		assertThat(story.bylines()).containsExactly("Hana Lindqvist");
		assertThat(story.dateline()).isEqualTo("QUAYSIDE, England");
		assertThat(story.bodyMarkdown()).isEqualTo("""
				The lifeboat crew rescued three people from a yacht off the point on Wednesday night.

				It was their *second* call-out of the night.""");
		assertThat(story.tags()).containsExactly("Rescue", "Sailing");
		assertThat(story.caption()).isEqualTo("QUAYSIDE, ENGLAND - MARCH 13: The lifeboat returns at dawn.");
		assertThat(story.credit()).isEqualTo("Photo: Quay Wire / Hana Lindqvist");
		assertThat(story.picture()).isEqualTo("ninjs-1-lifeboat.jpg");
		assertThat(story.recognized()).contains("ninjs 1.x");
	}

	@Test
	void ninjsTwoHasHeadlinesBodiesByAndPictureAssociationsWithDescriptions() throws IOException {
		WireStory story = parse("ninjs-2.json");
		assertThat(story.headline()).isEqualTo("Berlin port trade grows for a third year");
		assertThat(story.dek()).isEqualTo("River traffic is up by a tenth.");
		assertThat(story.dateline()).as("from the body, as there is no 'located'").isEqualTo("BERLIN, Germany");
		assertThat(story.bodyMarkdown()).isEqualTo(
				"Trade through the city's river port grew for a third year.\n\nBarges carried more grain than ever.");
		assertThat(story.bylines()).containsExactly("Jonas Weber", "Ana Ruiz");
		assertThat(story.tags()).containsExactly("Trade", "Shipping");
		assertThat(story.alt()).isEqualTo("Barges queueing at a river lock");
		assertThat(story.caption()).isEqualTo("BERLIN, GERMANY - MARCH 14: Barges wait at the lock.");
		assertThat(story.credit()).isEqualTo("Photo: Spree Pictures");
		assertThat(story.picture()).as("the widest rendition")
			.isEqualTo("https://pictures.example.org/barges-1600.jpg");
		assertThat(story.recognized()).contains("ninjs 2.x");
	}

	@Test
	void datelinesOwnNinjsReadsBackWithoutTheDatelineTwice() {
		String ninjs = """
				{"uri":"https://news.example/api/v1/articles/7","type":"text","headlines":[{"role":"main",
				"value":"Pier reopens"}],"located":"HONG KONG, China","subjects":[{"name":"World","rel":"section",
				"literal":"world"},{"name":"Harbours","rel":"tag","literal":"harbours"}],
				"bodies":[{"role":"main","contenttype":"text/html","value":
				"<p><span class=\\"dateline\\">HONG KONG, China</span> \u2013 The pier reopened.</p>"}]}
				""";
		WireStory story = NinjsReader.parse(ninjs, (img) -> img.attr("src"));
		assertThat(story.dateline()).isEqualTo("HONG KONG, China");
		assertThat(story.bodyMarkdown()).isEqualTo("The pier reopened.");
		assertThat(story.section()).isEqualTo("world");
		assertThat(story.tags()).containsExactly("Harbours");
	}

	@Test
	void jsonThatIsNoStoryIsRefusedWithTheReason() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("not-ninjs.json"))
			.withMessage("it has no headline, so it is not a ninjs story");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("broken.json"))
			.withMessageStartingWith("it is not JSON (");
		assertThatIllegalArgumentException().isThrownBy(() -> NinjsReader.parse("[1, 2]", (img) -> ""))
			.withMessage("it is not a ninjs object");
	}

	private static WireStory parse(String name) throws IOException {
		return NinjsReader.parse(Files.readString(ImportFixtures.resource("wire/" + name)), (img) -> img.attr("src"));
	}

}
