package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The XMP packet written into every published JPEG variant, so a photo keeps its credit,
 * creator, copyright notice and caption wherever it is copied to: {@code dc:creator},
 * {@code dc:rights}, {@code photoshop:Credit} and {@code dc:description}, nothing else.
 * Written by hand as one APP1 segment rather than with an XMP library: the packet is
 * small and fixed, and writing it here keeps anything else (location above all) from
 * slipping in.
 */
final class XmpPacket {

	/** The identifier that opens an XMP APP1 segment, with its terminating NUL. */
	static final byte[] APP1_NAMESPACE = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);

	/** The most an APP1 segment can hold after its length and namespace. */
	static final int MAX_PACKET = 0xFFFF - 2 - APP1_NAMESPACE.length;

	private XmpPacket() {
	}

	/** The packet for a photo's details; empty when there is nothing to embed. */
	static Optional<String> of(PhotoDetails details) {
		StringBuilder fields = new StringBuilder();
		if (!details.creator().isEmpty()) {
			fields.append("   <dc:creator><rdf:Seq><rdf:li>")
				.append(escape(details.creator()))
				.append("</rdf:li></rdf:Seq></dc:creator>\n");
		}
		if (!details.copyright().isEmpty()) {
			fields.append("   <dc:rights>").append(alternative(details.copyright())).append("</dc:rights>\n");
		}
		if (!details.credit().isEmpty()) {
			fields.append("   <photoshop:Credit>").append(escape(details.credit())).append("</photoshop:Credit>\n");
		}
		if (!details.caption().isEmpty()) {
			fields.append("   <dc:description>").append(alternative(details.caption())).append("</dc:description>\n");
		}
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("""
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
				%s  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="r"?>""".formatted(fields));
	}

	/**
	 * A copy of a JPEG with the packet in an APP1 segment after the JFIF header (which
	 * must stay first).
	 * @throws IllegalArgumentException when the bytes are not a JPEG or the packet is too
	 * large for one segment
	 */
	static byte[] insert(byte[] jpeg, String packet) {
		byte[] xmp = packet.getBytes(StandardCharsets.UTF_8);
		if (xmp.length > MAX_PACKET) {
			throw new IllegalArgumentException("An XMP packet of " + xmp.length + " bytes does not fit one segment");
		}
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("Not a JPEG");
		}
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) == 0xE0) {
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		if (at > jpeg.length) {
			throw new IllegalArgumentException("A JPEG with a truncated APP0 segment");
		}
		int length = 2 + APP1_NAMESPACE.length + xmp.length;
		byte[] result = new byte[jpeg.length + 2 + length];
		System.arraycopy(jpeg, 0, result, 0, at);
		int out = at;
		result[out++] = (byte) 0xFF;
		result[out++] = (byte) 0xE1;
		result[out++] = (byte) (length >> 8);
		result[out++] = (byte) length;
		System.arraycopy(APP1_NAMESPACE, 0, result, out, APP1_NAMESPACE.length);
		out += APP1_NAMESPACE.length;
		System.arraycopy(xmp, 0, result, out, xmp.length);
		out += xmp.length;
		System.arraycopy(jpeg, at, result, out, jpeg.length - at);
		return result;
	}

	private static String alternative(String text) {
		return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt>";
	}

	/**
	 * Text as XML character data: markup characters escaped, and characters XML 1.0 does
	 * not allow at all (most control characters, unpaired surrogates) left out.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> {
					if (allowedInXml(c)) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
