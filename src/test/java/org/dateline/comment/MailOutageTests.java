package org.dateline.comment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.TemporaryDataDirectory;
import org.dateline.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications never hold up a reader, even when the mail server hangs: on a site of its
 * own whose SMTP server accepts connections and then says nothing, readers' comments are
 * answered at once and their mail waits in the outbox; once the server answers again the
 * mail goes out at the next retry (the site's clock is moved on to it rather than waited
 * for).
 */
@SiteTest
@ContextConfiguration(initializers = { TemporaryDataDirectory.class, MailOutageTests.HangingMailServer.class })
class MailOutageTests {

	static final SmtpSwitch SMTP = new SmtpSwitch();

	static final ShiftedClock CLOCK = new ShiftedClock();

	@TestBean
	Clock clock;

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcClient jdbc;

	static Clock clock() {
		return CLOCK;
	}

	@AfterAll
	static void closeSwitch() {
		SMTP.close();
	}

	@Test
	void aReaderIsAnsweredAtOnceWhileTheMailServerHangsAndTheMailGoesOutWhenItIsBack() throws Exception {
		Poster poster = new Poster(this.client, this.tokens);
		String path = DemoPaths.article(this.client, "science", "desert-solar-waterless-cleaning-trial");
		String email = Poster.uniqueEmail("patient");
		this.comments.addApproved(poster.articleId(path), null, "Patient", email, "", "Earlier.",
				Instant.now().minusSeconds(7200));
		Map<String, String> form = poster.form(path, "Patient", email, "Tell me about replies, whenever.");
		form.put("notify", "yes");

		long started = System.nanoTime();
		SiteClient.Response response = poster.post(this.client, path, form);
		Duration answered = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.status()).isEqualTo(303);
		assertThat(answered).as("the reader does not wait for mail").isLessThan(Duration.ofSeconds(3));

		awaitTrue(() -> SMTP.hanging() > 0, Duration.ofSeconds(10), "the sender to reach the hanging server");
		long second = System.nanoTime();
		SiteClient.Response another = poster.post(this.client, path,
				poster.form(path, "Patient", email, "Still answered while the sender is stuck."));
		assertThat(another.status()).isEqualTo(303);
		assertThat(Duration.ofNanos(System.nanoTime() - second)).isLessThan(Duration.ofSeconds(3));
		assertThat(outbox(email)).as("queued, not sent").containsEntry("sent", 0L);
		assertThat(TestMail.to(email)).isEmpty();

		SMTP.answer();
		awaitTrue(() -> outbox(email).get("attempts") >= 1, Duration.ofSeconds(30),
				"the stuck attempt to time out and be recorded as failed");
		assertThat(outbox(email)).containsEntry("sent", 0L);
		CLOCK.shift(Duration.ofMinutes(2)); // the retry is due 30 s after the failure
		assertThat(TestMail.await(email, 1).getFirst().getSubject()).startsWith("Confirm replies");
		awaitTrue(() -> outbox(email).get("sent") == 1L, Duration.ofSeconds(10), "the outbox to record the sending");
	}

	private Map<String, Long> outbox(String email) {
		return this.jdbc
			.sql("SELECT count(sent_at) AS sent, coalesce(max(attempts), 0) AS attempts, count(*) AS queued "
					+ "FROM mail_outbox WHERE recipient = :email")
			.param("email", email)
			.query((rs, row) -> Map.of("sent", rs.getLong("sent"), "attempts", rs.getLong("attempts"), "queued",
					rs.getLong("queued")))
			.single();
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** Points this site's mail at the switch, after the test mail server was set. */
	static class HangingMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("hangingMailServer",
						Map.of("spring.mail.port", String.valueOf(SMTP.port()))));
		}

	}

	/**
	 * An SMTP address that first accepts connections and never answers (a hung server),
	 * and, once told to answer, passes new connections through to the test mail server.
	 * The connections that hung stay open: only the sender's own timeout ends them.
	 */
	static final class SmtpSwitch {

		private final ServerSocket server;

		private final List<Socket> hung = new CopyOnWriteArrayList<>();

		private volatile boolean answering;

		SmtpSwitch() {
			try {
				this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread.ofPlatform().daemon().name("smtp-switch").start(this::accept);
		}

		int port() {
			return this.server.getLocalPort();
		}

		int hanging() {
			return this.hung.size();
		}

		void answer() {
			this.answering = true;
		}

		private void accept() {
			while (!this.server.isClosed()) {
				try {
					Socket client = this.server.accept();
					if (!this.answering) {
						this.hung.add(client);
						continue;
					}
					Socket upstream = new Socket(InetAddress.getLoopbackAddress(), TestMail.port());
					pipe(client, upstream);
					pipe(upstream, client);
				}
				catch (IOException ex) {
					// closed, or one connection failed: the sender retries
				}
			}
		}

		private static void pipe(Socket from, Socket to) {
			Thread.ofPlatform().daemon().start(() -> {
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					// the other side hung up
				}
				finally {
					try {
						from.close();
						to.close();
					}
					catch (IOException ex) {
						// already closed
					}
				}
			});
		}

		void close() {
			try {
				this.server.close();
				for (Socket socket : this.hung) {
					socket.close();
				}
			}
			catch (IOException ex) {
				// best effort
			}
		}

	}

	/** The system clock, moved on when a test needs time to pass. */
	static final class ShiftedClock extends Clock {

		private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

		void shift(Duration by) {
			this.shift.updateAndGet((current) -> current.plus(by));
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.shift.get());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
