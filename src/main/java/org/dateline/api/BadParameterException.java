package org.dateline.api;

/**
 * A query parameter or path segment the API cannot use; answered with 400 and a detail
 * that names the parameter and says what it takes.
 */
class BadParameterException extends RuntimeException {

	private final String parameter;

	BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
