package org.dateline.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * nginx running the repository's sample configuration
 * ({@code deploy/nginx/dateline.conf}) in front of test nodes. Only what must differ on a
 * test machine is rewritten: the nodes' and nginx's ports, the cache directory, and the
 * certificate, made here by openssl for {@code localhost}.
 */
final class Nginx implements AutoCloseable {

	static final Path SAMPLE = Path.of("deploy/nginx/dateline.conf");

	private final Process process;

	private final Path directory;

	private final int httpPort;

	private final int httpsPort;

	private final SSLContext trust;

	private Nginx(Process process, Path directory, int httpPort, int httpsPort, SSLContext trust) {
		this.process = process;
		this.directory = directory;
		this.httpPort = httpPort;
		this.httpsPort = httpsPort;
		this.trust = trust;
	}

	static Nginx inFrontOf(Path directory, int firstNode, int secondNode) throws Exception {
		Files.createDirectories(directory.resolve("cache"));
		run(directory, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
				"/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", "key.pem", "-out",
				"cert.pem");
		int http = freePort();
		int https = freePort();
		String site = Files.readString(SAMPLE)
			.replace("server 127.0.0.1:8081", "server 127.0.0.1:" + firstNode)
			.replace("server 127.0.0.1:8082", "server 127.0.0.1:" + secondNode)
			.replace("/var/cache/nginx/dateline", directory.resolve("cache").toString())
			.replace("listen 80;", "listen 127.0.0.1:" + http + ";")
			.replace("listen 443 ssl", "listen 127.0.0.1:" + https + " ssl")
			.replace("/etc/letsencrypt/live/news.example.org/fullchain.pem", directory.resolve("cert.pem").toString())
			.replace("/etc/letsencrypt/live/news.example.org/privkey.pem", directory.resolve("key.pem").toString())
			.replace("/var/www/letsencrypt", directory.toString());
		if (!site.contains(":" + firstNode) || !site.contains(":" + https)) {
			throw new IllegalStateException("the sample configuration changed shape: update this test's rewriting");
		}
		Files.writeString(directory.resolve("dateline.conf"), site);
		String temp = directory.resolve("temp").toString();
		Files.writeString(directory.resolve("nginx.conf"), """
				worker_processes 1;
				daemon off;
				%3$s
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 512; }
				http {
				    include /etc/nginx/mime.types;
				    access_log off;
				    client_body_temp_path %2$s/body;
				    proxy_temp_path %2$s/proxy;
				    fastcgi_temp_path %2$s/fastcgi;
				    uwsgi_temp_path %2$s/uwsgi;
				    scgi_temp_path %2$s/scgi;
				    include %1$s/dateline.conf;
				}
				""".formatted(directory, temp, asRoot() ? "user root;" : ""));
		Files.createDirectories(Path.of(temp));
		Process process = new ProcessBuilder("/usr/sbin/nginx", "-p", directory.toString(), "-c",
				directory.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.start();
		Nginx nginx = new Nginx(process, directory, http, https, trusting(directory.resolve("cert.pem")));
		nginx.awaitListening();
		return nginx;
	}

	/**
	 * A client that trusts this nginx's certificate (and no other), without redirects.
	 */
	HttpClient client() {
		return HttpClient.newBuilder()
			.sslContext(this.trust)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
			.build();
	}

	String https() {
		return "https://localhost:" + this.httpsPort;
	}

	String http() {
		return "http://localhost:" + this.httpPort;
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private void awaitListening() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx exited: " + Files.readString(this.directory.resolve("nginx.out"))
						+ readIfThere(this.directory.resolve("error.log")));
			}
			try (Socket socket = new Socket("127.0.0.1", this.httpsPort)) {
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not listen within 15 s");
	}

	/**
	 * Whether this test runs as root: nginx's workers would then run as nobody, who
	 * cannot write to the test's private directory.
	 */
	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String readIfThere(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

	private static SSLContext trusting(Path certificate) throws Exception {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		try (InputStream in = Files.newInputStream(certificate)) {
			store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	private static void run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
