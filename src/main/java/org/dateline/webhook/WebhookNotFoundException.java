package org.dateline.webhook;

import org.dateline.web.NotFoundException;

public class WebhookNotFoundException extends NotFoundException {

	WebhookNotFoundException(String message) {
		super(message);
	}

}
