package org.dateline.media;

import java.util.List;

import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prefilling a photo's details from what agencies and cameras write into the file.
 */
class PhotoMetadataTests {

	@Test
	void anAgencyPhotoPrefillsCaptionCreditCreatorAndCopyrightFromIptc() {
		PhotoMetadata.Found found = PhotoMetadata.read(PhotoFixtures.agencyJpeg(320, 240), ImageFormat.JPEG);
		assertThat(found.details().caption()).isEqualTo(PhotoFixtures.CAPTION);
		assertThat(found.details().creator()).isEqualTo(PhotoFixtures.CREATOR);
		assertThat(found.details().credit()).isEqualTo("Photo: Harbourline Agency / Kenji Morrow");
		assertThat(found.details().copyright()).isEqualTo(PhotoFixtures.COPYRIGHT);
		assertThat(found.details().alt()).isEmpty();
	}

	@Test
	void xmpIsPreferredAndGivesTheAltText() {
		byte[] jpeg = PhotoFixtures.withIptc(PhotoFixtures.jpeg(64, 48),
				List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "Old IPTC caption"),
						new IptcRecord(IptcTypes.CREDIT, "IPTC Credit")));
		jpeg = PhotoFixtures.withXmp(jpeg, PhotoFixtures.xmp(PhotoFixtures.alt("dc:description", "XMP caption")
				+ "<dc:creator><rdf:Seq><rdf:li>Ana Lima</rdf:li><rdf:li>Bo Chen</rdf:li></rdf:Seq></dc:creator>"
				+ PhotoFixtures.alt("dc:rights", "© Wire Service") + "<photoshop:Credit>Wire Service</photoshop:Credit>"
				+ PhotoFixtures.alt("Iptc4xmpCore:AltTextAccessibility", "Two ferries cross at dusk")));
		PhotoDetails details = PhotoMetadata.read(jpeg, ImageFormat.JPEG).details();
		assertThat(details.caption()).isEqualTo("XMP caption");
		assertThat(details.creator()).isEqualTo("Ana Lima, Bo Chen");
		assertThat(details.credit()).isEqualTo("Photo: Wire Service / Ana Lima, Bo Chen");
		assertThat(details.copyright()).isEqualTo("© Wire Service");
		assertThat(details.alt()).isEqualTo("Two ferries cross at dusk");
	}

	@Test
	void exifArtistAndCopyrightAreTheLastResort() {
		PhotoDetails details = PhotoMetadata
			.read(PhotoFixtures.withExif(PhotoFixtures.jpeg(64, 48), 1, false), ImageFormat.JPEG)
			.details();
		assertThat(details.creator()).isEqualTo("Camera Owner");
		assertThat(details.copyright()).isEqualTo("Camera Copyright");
		assertThat(details.credit()).isEqualTo("Photo: Camera Owner");
		assertThat(details.caption()).isEmpty();
	}

	@Test
	void theCreditKeepsWhatTheAgencyWroteUnlessItLacksThePhotographer() {
		assertThat(PhotoMetadata.credit("Reuters", "Jane Doe")).isEqualTo("Photo: Reuters / Jane Doe");
		assertThat(PhotoMetadata.credit("REUTERS/Jane Doe", "Jane Doe")).isEqualTo("REUTERS/Jane Doe");
		assertThat(PhotoMetadata.credit("Photo: AFP", "Li Wei")).isEqualTo("Photo: AFP / Li Wei");
		assertThat(PhotoMetadata.credit("AP Photo", "")).isEqualTo("AP Photo");
		assertThat(PhotoMetadata.credit("", "Jane Doe")).isEqualTo("Photo: Jane Doe");
		assertThat(PhotoMetadata.credit("  ", null)).isEmpty();
	}

	@Test
	void textIsCleanedAndCutToTheFieldLimits() {
		String longCaption = "A".repeat(PhotoDetails.MAX_CAPTION + 50);
		byte[] jpeg = PhotoFixtures.withXmp(PhotoFixtures.jpeg(64, 48),
				PhotoFixtures.xmp(PhotoFixtures.alt("dc:description", longCaption)
						+ "<photoshop:Credit>Line\none\ttwo</photoshop:Credit>"));
		PhotoDetails details = PhotoMetadata.read(jpeg, ImageFormat.JPEG).details();
		assertThat(details.caption()).hasSize(PhotoDetails.MAX_CAPTION);
		assertThat(details.credit()).isEqualTo("Line one two");
	}

	@Test
	void theOrientationComesFromExif() {
		byte[] jpeg = PhotoFixtures.withExif(PhotoFixtures.jpeg(64, 48), 6, false);
		assertThat(PhotoMetadata.read(jpeg, ImageFormat.JPEG).orientation()).isEqualTo(6);
		assertThat(PhotoMetadata.read(PhotoFixtures.jpeg(64, 48), ImageFormat.JPEG).orientation()).isEqualTo(1);
	}

	@Test
	void anXmpPacketWithADoctypeIsNotParsedAtAll() {
		String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
				+ PhotoFixtures.xmp(PhotoFixtures.alt("dc:description", "&secret;"));
		PhotoDetails details = PhotoMetadata
			.read(PhotoFixtures.withXmp(PhotoFixtures.jpeg(64, 48), hostile), ImageFormat.JPEG)
			.details();
		assertThat(details.caption()).isEmpty();
	}

	@Test
	void filesWithoutReadableMetadataPrefillNothing() {
		assertThat(PhotoMetadata.read(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2 }, ImageFormat.JPEG))
			.isEqualTo(PhotoMetadata.Found.NOTHING);
		assertThat(PhotoMetadata.read(PhotoFixtures.png(16, 16), ImageFormat.PNG).details().credit()).isEmpty();
		assertThat(PhotoMetadata.read(PhotoFixtures.webp(false), ImageFormat.WEBP).details().credit()).isEmpty();
	}

	@Test
	void aPngWhoseTextInflatesToGigabytesIsNotReadForMetadata() {
		byte[] bomb = PhotoFixtures.pngWithTextBomb(64);
		assertThat(bomb.length).isLessThan(200_000);
		assertThat(PngChunks.compressedWithin(bomb, PhotoMetadata.MAX_INFLATED_PNG_METADATA)).isFalse();
		assertThat(
				PngChunks.compressedWithin(PhotoFixtures.pngWithTextBomb(1), PhotoMetadata.MAX_INFLATED_PNG_METADATA))
			.isTrue();
		assertThat(PhotoMetadata.read(bomb, ImageFormat.PNG)).isEqualTo(PhotoMetadata.Found.NOTHING);
	}

}
