package org.dateline.web;

/**
 * Thrown when a resource lives at another URL now (a changed slug or section): answered
 * with a 301 to {@link #location()}, so old links and search engines follow it forever.
 */
public class MovedPermanentlyException extends RuntimeException {

	private final String location;

	public MovedPermanentlyException(String location) {
		super("Moved to " + location, null, false, false);
		this.location = location;
	}

	public String location() {
		return this.location;
	}

}
