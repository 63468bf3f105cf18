package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the library takes, recognised by their first bytes: never by the
 * file's name or the Content-Type a browser sent, which say what someone claims, not what
 * the file is.
 */
enum ImageFormat {

	JPEG("image/jpeg", "jpeg", "JPEG"), PNG("image/png", "png", "PNG"), GIF("image/gif", "gif", "GIF"),
	WEBP("image/webp", "webp", "WebP");

	static final String ACCEPTED = "JPEG, PNG, WebP or GIF";

	private final String mediaType;

	private final String readerName;

	private final String label;

	ImageFormat(String mediaType, String readerName, String label) {
		this.mediaType = mediaType;
		this.readerName = readerName;
		this.label = label;
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The ImageIO format name of its reader. */
	String readerName() {
		return this.readerName;
	}

	String label() {
		return this.label;
	}

	static Optional<ImageFormat> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
				&& bytes[5] == 'a') {
			return Optional.of(GIF);
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/**
	 * Why a file that is none of the accepted kinds was refused, naming what it is when
	 * that is recognisable, so the person uploading knows what to export instead.
	 */
	static String refusal(byte[] bytes) {
		String upload = " Upload a " + ACCEPTED + " file.";
		if (isSvg(bytes)) {
			return "SVG files are not accepted: an SVG is a drawing made of code, and it can carry scripts that "
					+ "would run in readers' browsers. Export it as PNG or JPEG and upload that.";
		}
		if (startsWith(bytes, 4, 'f', 't', 'y', 'p') && bytes.length >= 12) {
			String brand = new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
			if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
				return "This is a HEIC photo, the iPhone's own format, which browsers cannot show. Export it as JPEG "
						+ "(or set the phone's camera to \"Most Compatible\") and upload that.";
			}
			return (brand.startsWith("avi") ? "This is an AVIF image" : "This is a video or an MP4-family file")
					+ ", not a photo the library can use." + upload;
		}
		String kind = otherKind(bytes);
		return (kind == null ? "This file is not a photo the library can use."
				: "This is " + kind + ", not a photo the library can use.") + upload;
	}

	private static String otherKind(byte[] bytes) {
		if (startsWith(bytes, 0, 'I', 'I', 0x2A, 0x00) || startsWith(bytes, 0, 'M', 'M', 0x00, 0x2A)) {
			return "a TIFF or camera raw file";
		}
		if (startsWith(bytes, 0, '%', 'P', 'D', 'F')) {
			return "a PDF document";
		}
		if (startsWith(bytes, 0, 'B', 'M')) {
			return "a BMP image";
		}
		if (startsWith(bytes, 0, 'P', 'K', 0x03, 0x04)) {
			return "a ZIP archive (or an Office document)";
		}
		if (startsWith(bytes, 0, '8', 'B', 'P', 'S')) {
			return "a Photoshop document";
		}
		if (startsWith(bytes, 0, 0x1F, 0x8B)) {
			return "a gzip-compressed file (such as an SVGZ drawing)";
		}
		return null;
	}

	/**
	 * An SVG is text: an optional byte-order mark, then an XML declaration, comments or a
	 * doctype, then an {@code <svg} element.
	 */
	private static boolean isSvg(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
			.toLowerCase(Locale.ROOT);
		String start = head.replace("\uFEFF", "").stripLeading();
		return (start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype")
				|| start.startsWith("<!--")) && head.contains("<svg");
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
