package org.dateline.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real receiver on loopback: signed deliveries for each article event,
 * retries with growing pauses, giving up, timeouts, and sending again. (The test site
 * allows loopback receivers, waits 300 ms after a first failure and gives up after 4
 * attempts; see {@code NewsroomSiteTest}.)
 */
@NewsroomSiteTest
class WebhookDeliveryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebhookService webhooks;

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	Actor editor;

	Receiver receiver;

	WebhookService.Registered webhook;

	@BeforeEach
	void setUp() {
		StaffUser user = this.staff.create("webhooks." + System.nanoTime() + "@newsroom.example", "Hook Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
		this.receiver = new Receiver();
		this.webhook = this.webhooks.register(this.receiver.url(), "Test receiver", null);
	}

	@AfterEach
	void tearDown() {
		this.webhooks.delete(this.webhook.webhook().id());
		this.receiver.close();
	}

	long publish(String headline) {
		long id = this.editing
			.create(new ArticleDraft(headline, "A dek.", "", this.sections.bySlug("world").orElseThrow().id(),
					"OSLO, Norway", "A paragraph.", null, List.of(), List.of(), true, null), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		return id;
	}

	WebhookDelivery awaitDelivery(Predicate<WebhookDelivery> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			List<WebhookDelivery> deliveries = this.webhooks.recentDeliveries(this.webhook.webhook().id());
			if (!deliveries.isEmpty() && done.test(deliveries.getFirst())) {
				return deliveries.getFirst();
			}
			sleep(Duration.ofMillis(50));
		}
		throw new AssertionError(
				"No delivery finished: " + this.webhooks.recentDeliveries(this.webhook.webhook().id()));
	}

	/** What a receiver does: the HMAC-SHA256 of the raw body with the shared secret. */
	static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

	@Test
	void eachEventArrivesSignedWithItsIdAndTime() throws Exception {
		long id = publish("A story the partners hear about");
		this.editing.save(id, this.editing.load(id, this.editor).version(),
				new ArticleDraft("A story the partners hear about, updated", "A dek.", "",
						this.sections.bySlug("world").orElseThrow().id(), "OSLO, Norway", "A longer paragraph.", null,
						List.of(), List.of(), true, null),
				this.editor, true, "");
		this.editing.unpublish(id, this.editing.load(id, this.editor).version(), this.editor);
		List<Receiver.Received> received = this.receiver.await(3);
		List<String> events = received.stream().map((r) -> r.header("X-Dateline-Event")).toList();
		assertThat(events).containsExactlyInAnyOrder("article.published", "article.updated", "article.unpublished");
		for (Receiver.Received request : received) {
			assertThat(request.header("Content-Type")).isEqualTo("application/json");
			assertThat(request.header("X-Dateline-Signature")).isEqualTo(hmac(this.webhook.secret(), request.body()));
			JsonNode body = JSON.readTree(request.body());
			assertThat(body.path("delivery_id").asString()).isEqualTo(request.header("X-Dateline-Delivery"));
			assertThat(body.path("timestamp").asLong())
				.isEqualTo(Long.parseLong(request.header("X-Dateline-Timestamp")));
			assertThat(Instant.ofEpochSecond(body.path("timestamp").asLong())).isBetween(Instant.now().minusSeconds(60),
					Instant.now().plusSeconds(1));
			assertThat(body.path("event").asString()).isEqualTo(request.header("X-Dateline-Event"));
			assertThat(body.path("article").path("id").asLong()).isEqualTo(id);
			assertThat(body.path("article").path("api_url").asString()).endsWith("/api/v1/articles/" + id);
			if (body.path("event").asString().equals("article.unpublished")) {
				assertThat(body.path("article").has("headline")).as("a story taken down is not spread").isFalse();
			}
			else {
				assertThat(body.path("article").path("headline").asString()).startsWith("A story the partners hear");
				assertThat(body.path("article").path("url").asString()).contains("/world/");
			}
		}
		assertThat(received.stream().map((r) -> r.header("X-Dateline-Delivery")).distinct()).hasSize(3);
		assertThat(hmac("another secret", received.getFirst().body()))
			.isNotEqualTo(received.getFirst().header("X-Dateline-Signature"));
	}

	@Test
	void aFailingReceiverIsTriedAgainAfterLongerAndLongerPauses() {
		this.receiver.answering(500, 503);
		publish("A story for a flaky receiver");
		List<Receiver.Received> received = this.receiver.await(3);
		WebhookDelivery delivery = awaitDelivery((d) -> d.status() == WebhookDelivery.Status.DELIVERED);
		assertThat(delivery.attempts()).isEqualTo(3);
		assertThat(delivery.lastStatusCode()).isEqualTo(204);
		assertThat(delivery.lastError()).isEmpty();
		Duration first = Duration.between(received.get(0).at(), received.get(1).at());
		Duration second = Duration.between(received.get(1).at(), received.get(2).at());
		// the pauses are 300 ms, then 600 ms (first-retry, doubled): each attempt waits
		// at
		// least its pause; a loaded machine may add to either, so the two observed gaps
		// are not compared with each other
		assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(290));
		assertThat(second).isGreaterThanOrEqualTo(Duration.ofMillis(590));
		assertThat(received.stream().map((r) -> r.header("X-Dateline-Delivery")).distinct())
			.as("a retry keeps its delivery id, so a receiver can tell")
			.hasSize(1);
		assertThat(received.stream().map((r) -> JSON.readTree(r.body()).path("attempt").asInt())).containsExactly(1, 2,
				3);
	}

	@Test
	void aReceiverThatNeverAnswersWellIsGivenUpOn() {
		this.receiver.answering(500, 500, 500, 500, 500, 500);
		publish("A story for a broken receiver");
		WebhookDelivery delivery = awaitDelivery((d) -> d.status() == WebhookDelivery.Status.FAILED);
		assertThat(delivery.attempts()).isEqualTo(4);
		assertThat(delivery.lastStatusCode()).isEqualTo(500);
		assertThat(delivery.lastError()).isEqualTo("HTTP 500");
		sleep(Duration.ofSeconds(1));
		assertThat(this.receiver.received).hasSize(4);
	}

	@Test
	void aReceiverTooSlowToAnswerIsTriedAgain() {
		this.receiver.stalling(Duration.ofSeconds(3));
		publish("A story for a slow receiver");
		WebhookDelivery delivery = awaitDelivery((d) -> d.status() == WebhookDelivery.Status.DELIVERED);
		assertThat(delivery.attempts()).isEqualTo(2);
		assertThat(this.receiver.received).hasSize(2);
	}

	@Test
	void aDeliveryCanBeSentAgainAsANewOne() {
		publish("A story sent twice");
		WebhookDelivery first = awaitDelivery((d) -> d.status() == WebhookDelivery.Status.DELIVERED);
		this.webhooks.resend(this.webhook.webhook().id(), first.id());
		List<Receiver.Received> received = this.receiver.await(2);
		JsonNode original = JSON.readTree(received.get(0).body());
		JsonNode again = JSON.readTree(received.get(1).body());
		assertThat(again.path("delivery_id").asString()).isNotEqualTo(original.path("delivery_id").asString());
		assertThat(again.path("article")).isEqualTo(original.path("article"));
		assertThat(again.path("event")).isEqualTo(original.path("event"));
		assertThat(this.webhooks.recentDeliveries(this.webhook.webhook().id())).hasSize(2);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
