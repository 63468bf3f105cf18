package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests built to exhaust the server get a 4xx and cost it nothing lasting: oversized
 * form bodies, thousands of form fields, path traversal in path parameters, and a client
 * that opens a connection and never finishes its request. After each, the site still
 * answers a reader at once.
 */
@SiteTest
class RequestLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteClient client;

	@Test
	void anOversizedFormBodyIsRefused() {
		String path = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		String body = "name=A&email=a%40example.org&body=" + "x".repeat(3 * 1024 * 1024);
		SiteClient.Response response = this.client.send(HttpRequest.newBuilder(URI.create(this.client.base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(response.status()).isBetween(400, 499);
		assertStillServing();
	}

	@Test
	void thousandsOfFormFieldsAreRefused() {
		String path = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		StringBuilder body = new StringBuilder("name=A&email=a%40example.org&body=hello");
		for (int i = 0; i < 20_000; i++) {
			body.append("&f").append(i).append("=1");
		}
		SiteClient.Response response = this.client.send(HttpRequest.newBuilder(URI.create(this.client.base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
		assertThat(response.status()).isBetween(400, 499);
		assertStillServing();
	}

	@Test
	void pathTraversalInAPathParameterReachesNoFile() {
		List<String> attempts = List.of("/site/..%2fdateline.db", "/site/..%2f..%2fetc%2fpasswd",
				"/site/%2e%2e%2fdateline.db", "/site/....//dateline.db", "/site/..%5cdateline.db",
				"/media/..%2f..%2fdateline.db/w800.jpg", "/media/aaaaaaaaaaaaaaaaaaaa/..%2f..%2f..%2fdateline.db",
				"/assets/..%2f..%2fapplication.properties", "/assets/%2e%2e/%2e%2e/application.properties",
				"/business/..%2f..%2fdateline.db", "/tag/..%2f..%2fdateline.db", "/author/..%252f..%252fdateline.db",
				"/api/v1/articles/by-slug/..%2f..", "/api/v1/sections/..%2f..%2fdateline.db",
				"/preview/..%2f..%2f..%2f..%2fdateline.db", "/%2e%2e/%2e%2e/etc/passwd", "/..;/..;/dateline.db",
				"/business/%c0%ae%c0%ae/dateline.db");
		for (String path : attempts) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isBetween(400, 499);
			assertThat(response.body()).as(path)
				.doesNotContain("SQLite format")
				.doesNotContain("root:x:")
				.doesNotContain("spring.datasource");
		}
		assertStillServing();
	}

	@Test
	void aClientThatNeverFinishesItsRequestIsDisconnected() throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			assertStillServing(); // a stalled client holds no thread others need
			byte[] answer = in.readAllBytes(); // until the server closes the connection
			long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
			assertThat(seconds).as("closed after the connection timeout").isBetween(10L, 40L);
			String text = new String(answer, StandardCharsets.US_ASCII);
			assertThat(text.isEmpty() || text.startsWith("HTTP/1.1 4")).as(text).isTrue();
		}
	}

	private void assertStillServing() {
		long start = System.nanoTime();
		assertThat(this.client.get("/").status()).isEqualTo(200);
		assertThat(this.client.get("/api/v1/sections").status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

}
