package org.dateline.webhook;

/**
 * A webhook URL Dateline will not call: not http(s), a host that cannot be found, or one
 * on a private network. The message says which, for the newsroom and the delivery log.
 */
public class WebhookRefusedException extends RuntimeException {

	WebhookRefusedException(String message) {
		super(message);
	}

}
