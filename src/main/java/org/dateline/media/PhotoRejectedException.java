package org.dateline.media;

/**
 * An upload the library will not take. The message is written for the person uploading:
 * what is wrong and what to do instead.
 */
public class PhotoRejectedException extends RuntimeException {

	PhotoRejectedException(String message) {
		super(message);
	}

}
