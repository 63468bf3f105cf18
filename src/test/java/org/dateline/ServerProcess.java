package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code dateline serve} in a process of its own, for the tests that must kill a server
 * the way an operating system does (SIGKILL: no shutdown hook, no flush) and start it
 * again on the same data: crash tests, several nodes. It runs the classes under test (the
 * test JVM's class path) with the same JDK, and its output goes to
 * {@code server-PORT.log} in its data directory.
 */
public final class ServerProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path data;

	private final int port;

	private final List<String> arguments;

	private Process process;

	private ServerProcess(Path data, int port, List<String> arguments) {
		this.data = data;
		this.port = port;
		this.arguments = List.copyOf(arguments);
	}

	/**
	 * Starts {@code serve --data DATA} on a free port, with {@code --database URL} when a
	 * URL is given, and waits until it answers.
	 * @param data the data directory (created when missing)
	 * @param databaseUrl a PostgreSQL URL, or null for SQLite in the data directory
	 * @param extra further {@code serve} arguments, such as {@code --no-demo} or
	 * {@code --dateline.cache.enabled=false}
	 */
	public static ServerProcess start(Path data, String databaseUrl, String... extra) {
		List<String> arguments = new ArrayList<>(List.of(extra));
		if (databaseUrl != null) {
			arguments.add("--database=" + databaseUrl);
		}
		ServerProcess server = new ServerProcess(data, freePort(), arguments);
		server.restart();
		return server;
	}

	/** Starts the server again on the same data and port, after {@link #kill}. */
	public void restart() {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException("the server on port " + this.port + " is still running");
		}
		try {
			Files.createDirectories(this.data);
			List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
					"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					DatelineApplication.class.getName(), "serve", "--data=" + this.data, "--port=" + this.port));
			command.addAll(this.arguments);
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.data.resolve(logName()).toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitHealthy(Duration.ofSeconds(90));
	}

	/**
	 * Kills the server with SIGKILL, as a power cut or the OOM killer would, and waits.
	 */
	public void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	/** Stops the server with SIGTERM (a graceful shutdown) and waits. */
	public void stop() {
		this.process.destroy();
		waitFor();
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	public int port() {
		return this.port;
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public Path data() {
		return this.data;
	}

	/**
	 * Its own log file, so nodes sharing one data directory do not write over each other.
	 */
	private String logName() {
		return "server-" + this.port + ".log";
	}

	/** The last lines the server wrote, for a failing test's message. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.data.resolve(logName()));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		if (isAlive()) {
			stop();
		}
	}

	private void waitFor() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitHealthy(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"the server exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			try {
				if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(200);
		}
		throw new IllegalStateException("the server did not answer within " + limit + ":\n" + logTail());
	}

	private static String java() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
