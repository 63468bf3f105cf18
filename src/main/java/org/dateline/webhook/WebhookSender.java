package org.dateline.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued deliveries: a signed JSON POST each, several at once on virtual threads,
 * with connect and read timeouts. A 2xx answer delivers; anything else (another status, a
 * redirect, which is never followed, a timeout, a refused address) is retried after a
 * growing pause until {@link WebhookProperties#maxAttempts()} attempts have failed. On
 * several nodes each attempt is made by one of them (see
 * {@link WebhookRepository#claim}).
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int BATCH = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookRepository webhooks;

	private final WebhookAddresses addresses;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookSender(WebhookRepository webhooks, WebhookAddresses addresses, WebhookProperties properties, Clock clock) {
		this.webhooks = webhooks;
		this.addresses = addresses;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	@Scheduled(fixedDelayString = "${dateline.webhook.poll:1s}", initialDelayString = "${dateline.webhook.poll:1s}")
	void deliverDue() {
		Instant now = this.clock.instant();
		Duration lease = this.properties.connectTimeout().plus(this.properties.readTimeout()).plusSeconds(60);
		List<WebhookRepository.Due> due = this.webhooks.due(now, BATCH)
			.stream()
			.filter((delivery) -> this.webhooks.claim(delivery, now.plus(lease)))
			.toList();
		if (due.isEmpty()) {
			return;
		}
		try (ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor()) {
			for (WebhookRepository.Due delivery : due) {
				sending.submit(() -> attempt(delivery));
			}
		}
	}

	private void attempt(WebhookRepository.Due delivery) {
		int attempt = delivery.attempts() + 1;
		Instant sentAt = this.clock.instant();
		Integer status = null;
		String error;
		try {
			URI target = this.addresses.check(delivery.url());
			byte[] body = body(delivery, attempt, sentAt);
			HttpRequest request = HttpRequest.newBuilder(target)
				.timeout(this.properties.readTimeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "Dateline-Webhooks/1")
				.header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
				.header(WebhookSignature.DELIVERY_HEADER, delivery.key())
				.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(sentAt.getEpochSecond()))
				.header(WebhookSignature.EVENT_HEADER, delivery.event())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			CompletableFuture<HttpResponse<Void>> sent = this.http.sendAsync(request,
					HttpResponse.BodyHandlers.discarding());
			HttpResponse<Void> response = waitFor(sent);
			status = response.statusCode();
			if (status >= 200 && status < 300) {
				this.webhooks.delivered(delivery.id(), status, this.clock.instant());
				return;
			}
			error = status >= 300 && status < 400 ? "HTTP " + status + ": redirects are not followed"
					: "HTTP " + status;
		}
		catch (WebhookRefusedException ex) {
			error = "Refused: " + ex.getMessage();
		}
		catch (HttpConnectTimeoutException ex) {
			error = "No connection within " + this.properties.connectTimeout().toSeconds() + " s";
		}
		catch (HttpTimeoutException | TimeoutException ex) {
			error = "No answer within " + this.properties.readTimeout().toSeconds() + " s";
		}
		catch (IOException ex) {
			error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Webhook delivery {} failed unexpectedly", delivery.key(), ex);
			error = "Could not send: " + ex.getClass().getSimpleName();
		}
		Instant at = this.clock.instant();
		Instant retryAt = attempt >= this.properties.maxAttempts() ? null
				: at.plus(this.properties.pauseAfter(attempt));
		log.info("Webhook delivery {} attempt {} failed ({}){}", delivery.key(), attempt, error,
				retryAt == null ? "; giving up" : "");
		this.webhooks.failed(delivery.id(), status, error, at, retryAt);
	}

	/**
	 * Waits for the answer, and no longer than the read timeout however slowly it comes.
	 */
	private HttpResponse<Void> waitFor(CompletableFuture<HttpResponse<Void>> sent)
			throws IOException, TimeoutException {
		Duration limit = this.properties.connectTimeout().plus(this.properties.readTimeout());
		try {
			return sent.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			sent.cancel(true);
			throw new IOException("Interrupted");
		}
		catch (TimeoutException ex) {
			sent.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(ex.getCause());
		}
	}

	/**
	 * The signed body: the event as it was queued, with this attempt's delivery id and
	 * time, so the signature covers them.
	 */
	static byte[] body(WebhookRepository.Due delivery, int attempt, Instant sentAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("delivery_id", delivery.key());
		body.put("event", delivery.event());
		body.put("timestamp", sentAt.getEpochSecond());
		body.put("occurred_at", delivery.occurredAt().toString());
		body.put("attempt", attempt);
		body.put("article", JSON.readTree(delivery.payload()));
		return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
	}

}
