package org.dateline.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The sender looks the receiver's address up again before every attempt, so a webhook
 * registered for a public name cannot later be pointed at the server's own network.
 */
class WebhookSenderTests {

	@Test
	void aDeliveryToAPrivateAddressIsRefusedWithoutSendingAnything() {
		WebhookRepository repository = mock(WebhookRepository.class);
		Instant now = Instant.parse("2025-05-01T10:00:00Z");
		WebhookRepository.Due due = new WebhookRepository.Due(7, "delivery-key", 3, "article.published", "{\"id\":1}",
				0, now.toEpochMilli(), now, "http://169.254.169.254/latest/meta-data", "whsec_x");
		when(repository.due(any(), anyInt())).thenReturn(List.of(due));
		when(repository.claim(any(), any())).thenReturn(true);
		WebhookProperties properties = WebhookAddressesTests.properties(false);
		WebhookSender sender = new WebhookSender(repository, new WebhookAddresses(properties), properties,
				Clock.fixed(now, java.time.ZoneOffset.UTC));
		sender.deliverDue();
		verify(repository).failed(eq(7L), isNull(), startsWith("Refused: The host 169.254.169.254 is at"), eq(now),
				eq(now.plus(properties.pauseAfter(1))));
		verify(repository, never()).delivered(anyLong(), anyInt(), any());
	}

	private static long anyLong() {
		return org.mockito.ArgumentMatchers.anyLong();
	}

}
