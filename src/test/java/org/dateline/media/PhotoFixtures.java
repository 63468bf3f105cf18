package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photo files for the media tests, made in the test: pictures with Java's ImageIO, and
 * the metadata agencies and cameras write (EXIF with GPS, IPTC, XMP) with Apache Commons
 * Imaging, a different library from the one the application reads them with. WebP files
 * (no Java writer exists) are small fixtures made with cwebp, in
 * {@code src/test/resources/media/}.
 */
public final class PhotoFixtures {

	/** Where the agency photo was taken: Kowloon, Hong Kong. */
	public static final double LATITUDE = 22.3193;

	public static final double LONGITUDE = 114.1694;

	public static final String CAPTION = "HONG KONG, CHINA - MAY 3: Commuters cross the harbour front as the storm "
			+ "bypass opens.";

	public static final String CREDIT_LINE = "Harbourline Agency";

	public static final String CREATOR = "Kenji Morrow";

	public static final String COPYRIGHT = "© 2026 Harbourline Agency";

	private PhotoFixtures() {
	}

	/**
	 * A photo-like picture: a gradient with a few shapes, so JPEG has something to
	 * encode.
	 */
	public static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		for (int y = 0; y < height; y += 4) {
			g.setColor(new Color((y * 255 / height), 90, 255 - (y * 255 / height)));
			g.fillRect(0, y, width, 4);
		}
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] gif(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	/** A 64 x 48 WebP, lossy or lossless. */
	public static byte[] webp(boolean lossless) {
		return resource(lossless ? "lossless-64x48.webp" : "lossy-64x48.webp");
	}

	public static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * An agency photo: IPTC caption, credit, by-line, copyright and location fields, EXIF
	 * artist, copyright and GPS position, as a wire service sends it.
	 */
	public static byte[] agencyJpeg(int width, int height) {
		byte[] jpeg = withExif(jpeg(width, height), 1, true);
		return withIptc(jpeg, List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, CAPTION),
				new IptcRecord(IptcTypes.CREDIT, CREDIT_LINE), new IptcRecord(IptcTypes.BYLINE, CREATOR),
				new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, COPYRIGHT), new IptcRecord(IptcTypes.CITY, "Hong Kong"),
				new IptcRecord(IptcTypes.SUBLOCATION, "Kowloon Bay"),
				new IptcRecord(IptcTypes.PROVINCE_STATE, "Kowloon"),
				new IptcRecord(IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME, "China")));
	}

	/** EXIF with the camera's artist and copyright, an orientation and optionally GPS. */
	public static byte[] withExif(byte[] jpeg, int orientation, boolean gps) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			TiffOutputDirectory root = exif.getOrCreateRootDirectory();
			root.add(TiffTagConstants.TIFF_TAG_ARTIST, "Camera Owner");
			root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, "Camera Copyright");
			root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			if (gps) {
				exif.setGpsInDegrees(LONGITUDE, LATITUDE);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] withIptc(byte[] jpeg, List<IptcRecord> records) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, List.of()));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] withXmp(byte[] jpeg, String xmp) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An XMP packet with the given properties inside one {@code rdf:Description}. */
	public static String xmp(String properties) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
				    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
				    xmlns:exif="http://ns.adobe.com/exif/1.0/">
				%s
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(properties);
	}

	/** A language alternative, as dc:description and dc:rights are written. */
	public static String alt(String name, String text) {
		return "<" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text + "</rdf:li></rdf:Alt></" + name + ">";
	}

	/**
	 * A PNG whose header claims {@code width} x {@code height} pixels, followed by a few
	 * bytes of image data: what a decompression bomb looks like before it is decoded.
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		chunk(png, "IHDR", Arrays.copyOf(header.array(), 13));
		chunk(png, "IDAT", deflate(new byte[1024]));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	/**
	 * A valid small PNG with a {@code zTXt} chunk that inflates to {@code megabytes} of
	 * zeros: a bomb in the metadata rather than the pixels.
	 */
	public static byte[] pngWithTextBomb(int megabytes) {
		byte[] png = png(32, 32);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		text.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
		text.write(0);
		text.write(0); // compression method: deflate
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		byte[] zeros = new byte[1024 * 1024];
		byte[] buffer = new byte[64 * 1024];
		for (int i = 0; i < megabytes; i++) {
			deflater.setInput(zeros);
			while (!deflater.needsInput()) {
				text.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			text.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		// after the IHDR chunk: signature (8) + IHDR (4 + 4 + 13 + 4)
		int at = 8 + 25;
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(png, 0, at);
		chunk(result, "zTXt", text.toByteArray());
		result.write(png, at, png.length - at);
		return result.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		byte[] buffer = new byte[data.length + 64];
		int n = deflater.deflate(buffer);
		deflater.end();
		return Arrays.copyOf(buffer, n);
	}

	public static byte[] resource(String name) {
		try (InputStream in = PhotoFixtures.class.getResourceAsStream("/media/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No test resource media/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
