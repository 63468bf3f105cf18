package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the library takes and what it refuses, and why, without a server: every format it
 * takes, and every kind of bad file with the message its uploader sees.
 */
class ImageCheckTests {

	private final MediaProperties limits = new MediaProperties(DataSize.ofMegabytes(25), 80_000_000);

	private final ImageCheck check = new ImageCheck(new ImageDecoder(this.limits), this.limits);

	@Test
	void jpegPngGifAndWebpAreTakenBySizeAndContent() {
		assertThat(this.check.check(PhotoFixtures.jpeg(300, 200)))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.JPEG, 300, 200));
		assertThat(this.check.check(PhotoFixtures.png(30, 20)))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.PNG, 30, 20));
		assertThat(this.check.check(PhotoFixtures.gif(30, 20)))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.GIF, 30, 20));
		assertThat(this.check.check(PhotoFixtures.webp(false)))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.WEBP, 64, 48));
		assertThat(this.check.check(PhotoFixtures.webp(true)))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.WEBP, 64, 48));
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(new byte[0], "The file is empty (0 bytes).");
	}

	@Test
	void aFileAboveTheSizeLimitIsRefusedBeforeAnythingElse() {
		ImageCheck small = new ImageCheck(new ImageDecoder(this.limits),
				new MediaProperties(DataSize.ofKilobytes(1), 80_000_000));
		assertThatExceptionOfType(PhotoRejectedException.class)
			.isThrownBy(() -> small.check(PhotoFixtures.jpeg(400, 300)))
			.withMessageStartingWith("The file is ")
			.withMessageContaining("; the library takes files of up to 1 KB.");
	}

	@Test
	void svgIsRefusedWithTheReason() {
		byte[] svg = """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
				""".getBytes(StandardCharsets.UTF_8);
		assertRefused(svg, "SVG files are not accepted: an SVG is a drawing made of code, and it can carry scripts");
		assertRefused("\uFEFF  <svg viewBox=\"0 0 1 1\"/>".getBytes(StandardCharsets.UTF_8),
				"SVG files are not accepted");
	}

	@Test
	void theTypeIsJudgedByContentNotByName() {
		assertRefused("just some text, named photo.jpg".getBytes(StandardCharsets.UTF_8),
				"This file is not a photo the library can use. Upload a JPEG, PNG, WebP or GIF file.");
		assertRefused("%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8), "This is a PDF document, not a photo");
		byte[] heic = new byte[32];
		System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
		assertRefused(heic, "This is a HEIC photo");
	}

	@Test
	void tooManyPixelsAreRefusedFromTheHeaderAlone() {
		byte[] bomb = PhotoFixtures.pngClaiming(30_000, 30_000);
		assertThat(bomb.length).isLessThan(200);
		assertRefused(bomb, "The photo is 30,000 × 30,000 pixels (900 megapixels); the library takes up to 80 "
				+ "megapixels. Scale it down and upload it again.");
	}

	@Test
	void aJpegHeaderClaimingHugeDimensionsIsRefusedWithoutDecoding() {
		byte[] jpeg = PhotoFixtures.jpeg(64, 48);
		int sof = sof(jpeg);
		jpeg[sof + 5] = (byte) 0xEA; // height 60,000
		jpeg[sof + 6] = (byte) 0x60;
		jpeg[sof + 7] = (byte) 0xEA; // width 60,000
		jpeg[sof + 8] = (byte) 0x60;
		assertRefused(jpeg, "The photo is 60,000 × 60,000 pixels");
	}

	@Test
	void truncatedFilesAreRefusedAsIncomplete() {
		byte[] jpeg = PhotoFixtures.jpeg(400, 300);
		assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "The file is damaged or incomplete");
		byte[] png = PhotoFixtures.png(400, 300);
		assertRefused(Arrays.copyOf(png, png.length / 2), "The file is damaged or incomplete");
		byte[] gif = PhotoFixtures.gif(400, 300);
		assertRefused(Arrays.copyOf(gif, gif.length / 2), "The file is damaged or incomplete");
		byte[] webp = PhotoFixtures.webp(false);
		assertRefused(Arrays.copyOf(webp, webp.length / 2), "The file is damaged or incomplete");
	}

	@Test
	void corruptFilesAreRefused() {
		byte[] jpeg = PhotoFixtures.jpeg(400, 300);
		byte[] corrupt = Arrays.copyOf(jpeg, jpeg.length);
		for (int i = sof(jpeg) + 40; i < corrupt.length - 2; i += 7) {
			corrupt[i] = (byte) 0xFF;
		}
		assertRefused(corrupt, "The file is damaged or incomplete");
		assertRefused(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0 },
				"The file is damaged or incomplete");
		assertRefused("GIF89a\u0001".getBytes(StandardCharsets.ISO_8859_1), "The file is damaged or incomplete");
	}

	private void assertRefused(byte[] file, String message) {
		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> this.check.check(file))
			.withMessageContaining(message);
	}

	/** Where the JPEG's start-of-frame segment is (marker FFC0 to FFC2). */
	private static int sof(byte[] jpeg) {
		for (int i = 2; i < jpeg.length - 1; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) >= 0xC0 && (jpeg[i + 1] & 0xFF) <= 0xC2) {
				return i;
			}
		}
		throw new IllegalStateException("No SOF");
	}

}
