package org.dateline.media;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the newsroom says about a photo, as entered or read from the file's metadata. */
public record PhotoDetails(String alt, String caption, String credit, String creator, String copyright) {

	/**
	 * The longest each field may be, in characters. Generous for agency captions, and
	 * small enough that all of them fit in the XMP packet written into every variant.
	 */
	public static final int MAX_ALT = 1000;

	public static final int MAX_CAPTION = 2000;

	public static final int MAX_CREDIT = 200;

	public static final int MAX_CREATOR = 200;

	public static final int MAX_COPYRIGHT = 300;

	public PhotoDetails {
		alt = clean(alt);
		caption = clean(caption);
		credit = clean(credit);
		creator = clean(creator);
		copyright = clean(copyright);
	}

	/** What is wrong with the fields, by field name; empty when they can be saved. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		tooLong(problems, "alt", "The alt text", this.alt, MAX_ALT);
		tooLong(problems, "caption", "The caption", this.caption, MAX_CAPTION);
		tooLong(problems, "credit", "The credit", this.credit, MAX_CREDIT);
		tooLong(problems, "creator", "The creator", this.creator, MAX_CREATOR);
		tooLong(problems, "copyright", "The copyright notice", this.copyright, MAX_COPYRIGHT);
		return problems;
	}

	/**
	 * The same details cut to the longest each field may be (for text read from files).
	 */
	PhotoDetails limited() {
		return new PhotoDetails(cut(this.alt, MAX_ALT), cut(this.caption, MAX_CAPTION), cut(this.credit, MAX_CREDIT),
				cut(this.creator, MAX_CREATOR), cut(this.copyright, MAX_COPYRIGHT));
	}

	/** Whether the fields written into published files differ (alt text is not one). */
	boolean embeddedDiffers(PhotoDetails other) {
		return !this.caption.equals(other.caption) || !this.credit.equals(other.credit)
				|| !this.creator.equals(other.creator) || !this.copyright.equals(other.copyright);
	}

	private static void tooLong(Map<String, String> problems, String field, String name, String value, int max) {
		int length = value.codePointCount(0, value.length());
		if (length > max) {
			problems.put(field, name + " is " + length + " characters long; the most is " + max + ".");
		}
	}

	private static String cut(String value, int max) {
		if (value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max)).strip();
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

}
