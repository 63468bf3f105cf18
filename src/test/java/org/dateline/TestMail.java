package org.dateline;

import java.io.IOException;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for the test JVM (GreenMail on a free local port). Every test site
 * sends its mail here, over SMTP, exactly as it would to a newsroom's mail server.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** The messages delivered to an address so far. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * Waits until an address has received {@code count} messages, or fails after a few
	 * seconds.
	 */
	public static List<MimeMessage> await(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			List<MimeMessage> messages = to(address);
			if (messages.size() >= count) {
				return messages;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError(address + " received " + to(address).size() + " messages, expected " + count);
	}

	public static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent()).replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
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
