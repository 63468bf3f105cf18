package org.dateline.article;

/**
 * An autosave of a published story: refused, because a published story is the live page
 * and readers must never see half-typed text. The desk saves it with the Save button.
 */
public class AutosaveRefusedException extends RuntimeException {

	AutosaveRefusedException() {
		super("A published story is not saved automatically: press Save when the change is ready for readers.", null,
				false, false);
	}

}
