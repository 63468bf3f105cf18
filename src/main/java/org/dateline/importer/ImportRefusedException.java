package org.dateline.importer;

/**
 * A whole file an import will not take (not WXR or ninjs, truncated, badly encoded, a
 * DTD): the message is the one sentence the operator reads, and nothing was written.
 */
public class ImportRefusedException extends RuntimeException {

	public ImportRefusedException(String message) {
		super(message, null, false, false);
	}

}
