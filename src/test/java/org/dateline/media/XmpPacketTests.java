package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The XMP packet written into published variants, read back with metadata-extractor.
 */
class XmpPacketTests {

	@Test
	void thePacketCarriesCreditCreatorCopyrightAndCaptionAndNothingElse() throws Exception {
		PhotoDetails details = new PhotoDetails("Alt text stays out", "A caption & <more>", "Photo: Agency / Ana",
				"Ana \"Ani\" Lima", "© 2026 Agency");
		byte[] jpeg = XmpPacket.insert(PhotoFixtures.jpeg(64, 48), XmpPacket.of(details).orElseThrow());
		XMPMeta xmp = xmp(jpeg);
		assertThat(xmp.getArrayItem(PhotoMetadata.DC, "creator", 1).getValue()).isEqualTo("Ana \"Ani\" Lima");
		assertThat(xmp.getLocalizedText(PhotoMetadata.DC, "rights", null, "x-default").getValue())
			.isEqualTo("© 2026 Agency");
		assertThat(xmp.getProperty(PhotoMetadata.PHOTOSHOP, "Credit").getValue()).isEqualTo("Photo: Agency / Ana");
		assertThat(xmp.getLocalizedText(PhotoMetadata.DC, "description", null, "x-default").getValue())
			.isEqualTo("A caption & <more>");
		Map<String, String> properties = new XmpDirectoryReader(jpeg).properties();
		assertThat(properties.keySet()).allSatisfy((name) -> assertThat(name).matches("(dc|photoshop):.*")
			.doesNotContain("Alt", "GPS", "City", "Location"));
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).as("still a JPEG every decoder reads").isNotNull();
	}

	@Test
	void thePacketGoesAfterTheJfifHeaderWhichStaysFirst() {
		byte[] plain = PhotoFixtures.jpeg(16, 16);
		assertThat(plain[3] & 0xFF).as("ImageIO writes JFIF APP0 first").isEqualTo(0xE0);
		byte[] jpeg = XmpPacket.insert(plain, XmpPacket.of(new PhotoDetails("", "", "Photo: X", "", "")).orElseThrow());
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int app1 = 4 + app0Length;
		assertThat(jpeg[3] & 0xFF).isEqualTo(0xE0);
		assertThat(jpeg[app1] & 0xFF).isEqualTo(0xFF);
		assertThat(jpeg[app1 + 1] & 0xFF).isEqualTo(0xE1);
	}

	@Test
	void charactersXmlCannotHoldAreLeftOut() throws Exception {
		PhotoDetails details = new PhotoDetails("", "", "Photo: A\u0001B\uFFFE", "", "");
		byte[] jpeg = XmpPacket.insert(PhotoFixtures.jpeg(16, 16), XmpPacket.of(details).orElseThrow());
		assertThat(xmp(jpeg).getProperty(PhotoMetadata.PHOTOSHOP, "Credit").getValue()).isEqualTo("Photo: AB");
	}

	@Test
	void nothingToEmbedMeansNoPacket() {
		assertThat(XmpPacket.of(new PhotoDetails("Only alt", "", "", "", ""))).isEmpty();
	}

	@Test
	void aPacketTooLargeForOneSegmentOrANonJpegIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> XmpPacket.insert(PhotoFixtures.jpeg(16, 16), "x".repeat(XmpPacket.MAX_PACKET + 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> XmpPacket.insert(PhotoFixtures.png(16, 16), "<x/>"));
	}

	@Test
	void theLongestDetailsStillFit() {
		PhotoDetails longest = new PhotoDetails("", "&".repeat(PhotoDetails.MAX_CAPTION),
				"\uD83D\uDCF7".repeat(PhotoDetails.MAX_CREDIT), "<".repeat(PhotoDetails.MAX_CREATOR),
				"\"".repeat(PhotoDetails.MAX_COPYRIGHT));
		String packet = XmpPacket.of(longest).orElseThrow();
		assertThat(packet.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(XmpPacket.MAX_PACKET);
	}

	static XMPMeta xmp(byte[] jpeg) throws Exception {
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
		XmpDirectory directory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
		assertThat(directory).as("an XMP packet").isNotNull();
		return directory.getXMPMeta();
	}

	/** The flat list of XMP properties metadata-extractor found. */
	record XmpDirectoryReader(byte[] jpeg) {

		Map<String, String> properties() throws Exception {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(this.jpeg));
			return metadata.getFirstDirectoryOfType(XmpDirectory.class).getXmpProperties();
		}

	}

}
