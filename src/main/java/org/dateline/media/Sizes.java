package org.dateline.media;

import java.util.Locale;

/**
 * File sizes and pixel counts written the way the newsroom reads them. Sizes use the same
 * units as the {@code 25MB} of a Spring setting (1 MB = 1024 KB), so a refused file's
 * size and the limit it broke compare directly.
 */
public final class Sizes {

	private Sizes() {
	}

	/** {@code 812 bytes}, {@code 640 KB}, {@code 25 MB}, {@code 31.4 MB}. */
	public static String text(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return number(bytes / (1024.0 * 1024.0)) + " MB";
	}

	/** {@code 80 megapixels}, {@code 0.3 megapixels}. */
	public static String megapixels(long pixels) {
		return number(pixels / 1_000_000.0) + " megapixels";
	}

	private static String number(double value) {
		double tenths = Math.round(value * 10) / 10.0;
		return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
	}

}
