package org.dateline.newsroom;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.dateline.SiteClient;

/**
 * A {@code multipart/form-data} request as a browser sends a form with file fields, built
 * by hand so tests choose every byte: file names, Content-Types that lie, empty file
 * fields.
 */
final class Multipart {

	private final String boundary = "----DatelineTest" + System.nanoTime();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart field(String name, String value) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n");
		return this;
	}

	Multipart file(String name, String fileName, String contentType, byte[] content) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	/** Posts the form to the site, with the session of {@code browser}. */
	SiteClient.Response post(SiteClient browser, String path) {
		write("--" + this.boundary + "--\r\n");
		HttpRequest request = HttpRequest.newBuilder(URI.create(browser.base() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + this.boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.body.toByteArray()))
			.build();
		return browser.send(request);
	}

	/** A photo upload with the form's CSRF token, as the library page sends it. */
	static SiteClient.Response upload(SiteClient browser, String fileName, String contentType, byte[] content) {
		return new Multipart().field("_csrf", SignIn.csrf(browser, "/newsroom/media"))
			.file("file", fileName, contentType, content)
			.post(browser, "/newsroom/media/upload");
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
