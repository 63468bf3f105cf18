package org.dateline.article;

/**
 * An edit that is not allowed or not possible, with a message for the person trying it.
 */
public class EditRefusedException extends RuntimeException {

	private final boolean forbidden;

	EditRefusedException(String message, boolean forbidden) {
		super(message, null, false, false);
		this.forbidden = forbidden;
	}

	static EditRefusedException forbidden(String message) {
		return new EditRefusedException(message, true);
	}

	static EditRefusedException invalid(String message) {
		return new EditRefusedException(message, false);
	}

	/**
	 * True when the desk role does not allow it (403), false when the input is wrong
	 * (422).
	 */
	public boolean forbidden() {
		return this.forbidden;
	}

}
