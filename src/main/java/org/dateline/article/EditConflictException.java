package org.dateline.article;

/**
 * Someone else saved the article since the editor was opened. Nothing is overwritten: the
 * caller's version was kept as a revision of its own ({@link #keptAs()}), and the editor
 * shows both.
 */
public class EditConflictException extends RuntimeException {

	private final long keptAs;

	private final int currentVersion;

	private final String savedBy;

	EditConflictException(long keptAs, int currentVersion, String savedBy) {
		super("The article was saved by " + savedBy + " in the meantime", null, false, false);
		this.keptAs = keptAs;
		this.currentVersion = currentVersion;
		this.savedBy = savedBy;
	}

	/** The revision holding the version that could not be saved. */
	public long keptAs() {
		return this.keptAs;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	public String savedBy() {
		return this.savedBy;
	}

}
