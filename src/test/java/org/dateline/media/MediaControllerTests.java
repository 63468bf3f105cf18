package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo variants: the right sizes, cached for a year, served as images only, with no
 * metadata carried over.
 */
@SiteTest
class MediaControllerTests {

	@Autowired
	MediaService media;

	@Autowired
	SiteClient client;

	@Test
	void everyVariantHasItsSizeAndIsCachedForAYear() throws IOException {
		Photo photo = this.media.find(1).orElseThrow();
		for (Variant variant : Variant.values()) {
			SiteClient.Response response = this.client.get(photo.url(variant));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).hasValue("image/jpeg");
			assertThat(response.header("Cache-Control"))
				.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("immutable"));
			assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(this.client.bytes(photo.url(variant))));
			if (variant.isCrop()) {
				assertThat(image.getWidth() * variant.cropHeight()).isCloseTo(image.getHeight() * variant.width(),
						org.assertj.core.data.Percentage.withPercentage(1));
			}
			else {
				assertThat(image.getWidth()).isEqualTo(Math.min(variant.width(), photo.width()));
			}
		}
	}

	@Test
	void variantsCarryOnlyTheXmpWrittenForThem() throws Exception {
		Photo photo = this.media.find(2).orElseThrow();
		byte[] bytes = this.client.bytes(photo.url(Variant.W800));
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			ImageReader reader = readers.next();
			reader.setInput(in);
			IIOMetadata metadata = reader.getImageMetadata(0);
			Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
			assertThat(markers(tree, "unknown")).as("one foreign segment: the XMP APP1").isEqualTo(1);
			reader.dispose();
		}
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
		assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
		assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
		assertThat(metadata.getDirectoriesOfType(IptcDirectory.class)).isEmpty();
		assertThat(XmpPacketTests.xmp(bytes).getProperty(PhotoMetadata.PHOTOSHOP, "Credit").getValue())
			.isEqualTo(photo.credit());
	}

	@Test
	void thePhotoIsBuiltOnceEvenWhenManyReadersAskAtOnce() throws Exception {
		Photo photo = this.media.find(3).orElseThrow();
		var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
		var results = new java.util.ArrayList<java.util.concurrent.Future<byte[]>>();
		for (int i = 0; i < 16; i++) {
			results.add(pool.submit(() -> this.client.bytes(photo.url(Variant.CROP_4X3))));
		}
		byte[] first = results.getFirst().get();
		for (var result : results) {
			assertThat(result.get()).isEqualTo(first);
		}
		pool.shutdown();
	}

	private static int markers(Node node, String name) {
		int count = name.equals(node.getNodeName()) ? 1 : 0;
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			count += markers(child, name);
		}
		return count;
	}

}
