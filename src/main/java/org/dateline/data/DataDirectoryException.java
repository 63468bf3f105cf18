package org.dateline.data;

/**
 * The data directory or its database cannot be used; the message is one sentence naming
 * the path.
 */
public class DataDirectoryException extends RuntimeException {

	public DataDirectoryException(String message) {
		super(message);
	}

}
