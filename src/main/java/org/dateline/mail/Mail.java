package org.dateline.mail;

/**
 * A plain-text message to one person.
 *
 * @param unsubscribeUrl the one-click unsubscribe link (RFC 8058) for mail people asked
 * for, or empty
 */
public record Mail(String to, String subject, String body, String unsubscribeUrl) {

	public Mail(String to, String subject, String body) {
		this(to, subject, body, "");
	}

}
