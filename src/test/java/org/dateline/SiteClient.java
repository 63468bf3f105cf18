package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads pages from the running test server over real HTTP, without following redirects,
 * so tests see exactly what a browser or crawler would get.
 */
public class SiteClient {

	private final HttpClient http;

	private final IntSupplier port;

	private final CookieManager cookies;

	public SiteClient(int port) {
		this(() -> port);
	}

	/** A client for the test server, whose port is known only once it has started. */
	SiteClient(IntSupplier port) {
		this(port, null);
	}

	private SiteClient(IntSupplier port, CookieManager cookies) {
		this.port = port;
		this.cookies = cookies;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		this.http = builder.build();
	}

	/**
	 * A client that keeps cookies, like one browser: a reader's pending comments, a
	 * signed-in session.
	 */
	public SiteClient browser() {
		return new SiteClient(this.port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	/**
	 * The same browser on another server of the same site (another node on this machine):
	 * it keeps this client's cookies, as one browser does across a load balancer.
	 */
	public SiteClient at(int otherPort) {
		return new SiteClient(() -> otherPort, this.cookies);
	}

	/** Sends a form, as a browser submits one. */
	public Response post(String path, Map<String, String> fields, String... headers) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public String base() {
		return "http://localhost:" + this.port.getAsInt();
	}

	public Response get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public byte[] bytes(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response, response.body(), base());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, HttpResponse<String> raw, String body, String base) {

		public Optional<String> header(String name) {
			return this.raw.headers().firstValue(name);
		}

		public java.util.List<String> headers(String name) {
			return this.raw.headers().allValues(name);
		}

		public Document document() {
			return Jsoup.parse(this.body, this.base + this.raw.uri().getPath());
		}

	}

}
