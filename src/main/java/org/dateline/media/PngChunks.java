package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks a PNG's chunks to measure what its compressed metadata chunks ({@code zTXt},
 * compressed {@code iTXt}, {@code iCCP}) inflate to, without keeping any of it. The image
 * data ({@code IDAT}) is not touched: its size is bounded by the pixel limit.
 */
final class PngChunks {

	private static final int SIGNATURE = 8;

	private PngChunks() {
	}

	/**
	 * Whether all compressed metadata chunks together inflate to at most {@code limit}
	 * bytes. Stops inflating as soon as the limit is passed, so a bomb costs no more than
	 * the limit to detect.
	 */
	static boolean compressedWithin(byte[] png, long limit) {
		long total = 0;
		int at = SIGNATURE;
		while (at + 8 <= png.length) {
			long length = readInt(png, at) & 0xFFFFFFFFL;
			String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
			int data = at + 8;
			if (data + length > png.length) {
				break;
			}
			int end = data + (int) length;
			int compressed = compressedStart(png, type, data, end);
			if (compressed >= 0) {
				total += inflatedSize(png, compressed, end, limit - total + 1);
				if (total > limit) {
					return false;
				}
			}
			at = end + 4; // the chunk's CRC
		}
		return true;
	}

	/** Where a chunk's compressed bytes start, or -1 when it has none. */
	private static int compressedStart(byte[] png, String type, int data, int end) {
		switch (type) {
			case "zTXt", "iCCP" -> {
				// keyword, NUL, compression method, then the deflate stream
				int nul = indexOf(png, (byte) 0, data, end);
				return nul < 0 ? -1 : nul + 2;
			}
			case "iTXt" -> {
				// keyword, NUL, compression flag, method, language tag, NUL, translated
				// keyword, NUL, text
				int keyword = indexOf(png, (byte) 0, data, end);
				if (keyword < 0 || keyword + 2 >= end || png[keyword + 1] != 1) {
					return -1;
				}
				int language = indexOf(png, (byte) 0, keyword + 3, end);
				int translated = language < 0 ? -1 : indexOf(png, (byte) 0, language + 1, end);
				return translated < 0 ? -1 : translated + 1;
			}
			default -> {
				return -1;
			}
		}
	}

	private static long inflatedSize(byte[] png, int from, int to, long stopAfter) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(png, from, Math.max(0, to - from));
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary() && size <= stopAfter) {
				int n = inflater.inflate(buffer);
				if (n == 0) {
					break;
				}
				size += n;
			}
			return size;
		}
		catch (DataFormatException ex) {
			return 0; // not inflatable at all: the metadata reader will give up on it too
		}
		finally {
			inflater.end();
		}
	}

	private static int indexOf(byte[] bytes, byte value, int from, int to) {
		for (int i = from; i < Math.min(to, bytes.length); i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static int readInt(byte[] bytes, int at) {
		return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
				| (bytes[at + 3] & 0xFF);
	}

}
