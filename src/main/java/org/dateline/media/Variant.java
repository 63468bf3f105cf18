package org.dateline.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The renditions of a photo readers and crawlers get: widths for {@code srcset}, and the
 * 16x9, 4x3 and 1x1 crops that Google asks for in an article's structured data. A fixed
 * list, so nobody can make the server resize to arbitrary sizes.
 */
public enum Variant {

	W480("w480", 480, 0, 0), W800("w800", 800, 0, 0), W1200("w1200", 1200, 0, 0), W1600("w1600", 1600, 0, 0),
	CROP_16X9("16x9", 1200, 16, 9), CROP_4X3("4x3", 1200, 4, 3), CROP_1X1("1x1", 1200, 1, 1);

	private final String name;

	private final int width;

	private final int ratioWidth;

	private final int ratioHeight;

	Variant(String name, int width, int ratioWidth, int ratioHeight) {
		this.name = name;
		this.width = width;
		this.ratioWidth = ratioWidth;
		this.ratioHeight = ratioHeight;
	}

	public int width() {
		return this.width;
	}

	public boolean isCrop() {
		return this.ratioWidth > 0;
	}

	/** The height of a crop at its full width. */
	public int cropHeight() {
		return this.width * this.ratioHeight / this.ratioWidth;
	}

	public String fileName() {
		return this.name + ".jpg";
	}

	static Optional<Variant> ofFileName(String fileName) {
		return Arrays.stream(values()).filter((v) -> v.fileName().equals(fileName)).findFirst();
	}

}
