package org.dateline.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receiver on loopback for tests: records every request it gets and answers
 * with the statuses it is told to, in order (then 204), waiting first when told to.
 */
final class Receiver implements AutoCloseable {

	record Received(Instant at, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

	}

	record Answer(int status, Duration delay) {
	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final HttpServer server;

	Receiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
			Answer answer = this.answers.poll();
			if (answer != null && !answer.delay().isZero()) {
				try {
					Thread.sleep(answer.delay());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.sendResponseHeaders(answer == null ? 204 : answer.status(), -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	Receiver answering(int... statuses) {
		for (int status : statuses) {
			this.answers.add(new Answer(status, Duration.ZERO));
		}
		return this;
	}

	Receiver stalling(Duration delay) {
		this.answers.add(new Answer(204, delay));
		return this;
	}

	/** Waits until at least this many requests came in. */
	List<Received> await(int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.received.size() < count && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		assertThat(this.received).as("requests received").hasSizeGreaterThanOrEqualTo(count);
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
