package org.dateline.media;

/** What the newsroom says about a photo, as entered or read from the file's metadata. */
public record PhotoDetails(String alt, String caption, String credit, String creator, String copyright) {

	public PhotoDetails {
		alt = clean(alt);
		caption = clean(caption);
		credit = clean(credit);
		creator = clean(creator);
		copyright = clean(copyright);
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

}
