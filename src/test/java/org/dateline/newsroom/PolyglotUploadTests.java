package org.dateline.newsroom;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoFixtures;
import org.dateline.media.Variant;
import org.dateline.web.SecurityHeaders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polyglots: files that are a valid JPEG, PNG or GIF and at the same time HTML or
 * JavaScript (a GIF whose header opens a script comment, HTML in a PNG text chunk or
 * after its end, a script in a JPEG comment segment or after its end). Each upload is
 * either refused with its reason, or stored and published only re-encoded: every file a
 * reader can fetch is a JPEG without the payload, served as {@code image/jpeg} with
 * {@code nosniff} and a sandboxing policy, and the original is never served at all.
 * (Names that lie about the content, bombs, SVG, empty, truncated files and GPS are in
 * {@link MediaUploadTests} and {@code media.ImageCheckTests}.)
 */
@SiteTest
class PolyglotUploadTests {

	static final String PAYLOAD = "<script>alert('polyglot')</script>";

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	record Polyglot(String name, String contentType, byte[] bytes) {
	}

	static List<Polyglot> polyglots() {
		byte[] script = ("*/=1;alert('polyglot');/*" + PAYLOAD).getBytes(StandardCharsets.US_ASCII);
		byte[] html = ("<!DOCTYPE html><html><body>" + PAYLOAD + "</body></html>").getBytes(StandardCharsets.US_ASCII);
		List<Polyglot> files = new ArrayList<>();
		// GIF89a/*: the logical screen width is the bytes "/*", opening a JavaScript
		// comment that the script after the trailer closes
		byte[] gif = PhotoFixtures.gif(40, 30);
		gif[6] = '/';
		gif[7] = '*';
		files.add(new Polyglot("comment.gif", "image/gif", concat(gif, script)));
		byte[] png = PhotoFixtures.png(40, 30);
		files.add(new Polyglot("text-chunk.png", "image/png",
				withChunkBeforeEnd(png, "tEXt", concat("Comment\0".getBytes(StandardCharsets.US_ASCII), html))));
		files.add(new Polyglot("description.png", "image/png",
				withChunkBeforeEnd(png, "tEXt", concat("Description\0".getBytes(StandardCharsets.US_ASCII), html))));
		files.add(new Polyglot("after-iend.png", "image/png", concat(png, html)));
		byte[] jpeg = PhotoFixtures.jpeg(40, 30);
		files.add(new Polyglot("com-segment.jpg", "image/jpeg", withComment(jpeg, html)));
		files.add(new Polyglot("after-eoi.jpg", "image/jpeg", concat(jpeg, html)));
		files.add(new Polyglot("named.html", "text/html", withComment(jpeg, html)));
		return files;
	}

	@Test
	void aPolyglotIsRefusedOrPublishedOnlyAsAJpegWithoutItsPayload() throws Exception {
		SiteClient browser = SignIn.as(this.client, account(), Newsroom.PASSWORD);
		for (Polyglot polyglot : polyglots()) {
			assertThat(indexOf(polyglot.bytes(), PAYLOAD)).as(polyglot.name() + " carries the payload").isNotNegative();
			SiteClient.Response response = Multipart.upload(browser, polyglot.name(), polyglot.contentType(),
					polyglot.bytes());
			System.out.println("PolyglotUploadTests: " + polyglot.name() + " answered " + response.status());
			if (response.status() == 422) {
				assertThat(response.document().selectFirst("#upload-file-error").text()).as(polyglot.name())
					.startsWith(polyglot.name() + ": ")
					.endsWith("Nothing was stored.");
				continue;
			}
			assertThat(response.status()).as(polyglot.name() + ": " + response.body()).isEqualTo(302);
			long id = Long.parseLong(response.header("Location").orElseThrow().replaceAll(".*/media/(\\d+).*", "$1"));
			var photo = this.media.findInLibrary(id).orElseThrow().photo();
			for (Variant variant : Variant.values()) {
				HttpResponse<byte[]> file = fetch(photo.url(variant));
				String what = polyglot.name() + " as " + variant.fileName();
				assertThat(file.statusCode()).as(what).isEqualTo(200);
				assertThat(file.headers().firstValue("Content-Type")).as(what).hasValue("image/jpeg");
				assertThat(file.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
				assertThat(file.headers().firstValue("Content-Security-Policy")).as(what)
					.hasValue(SecurityHeaders.DATA_POLICY);
				assertThat(Arrays.copyOf(file.body(), 3)).as(what + " is a JPEG").containsExactly(0xFF, 0xD8, 0xFF);
				assertThat(indexOf(file.body(), "<script")).as(what + " has no script").isNegative();
				assertThat(indexOf(file.body(), "<!DOCTYPE")).as(what + " has no HTML").isNegative();
				assertThat(indexOf(file.body(), "alert(")).as(what + " has no payload").isNegative();
			}
			String key = photo.url(Variant.W480).replaceAll(".*/media/([a-z2-7]{20})/.*", "$1");
			assertThat(fetch("/media/" + key + "/original").statusCode()).as("the original of " + polyglot.name())
				.isEqualTo(404);
			assertThat(fetch("/media/" + key + "/original.jpg").statusCode()).isEqualTo(404);
		}
		assertThat(this.client.get("/actuator/health").status()).isEqualTo(200);
	}

	String account() {
		String email = "polyglot." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Polyglot Uploader", Role.AUTHOR, Newsroom.PASSWORD);
		return email;
	}

	HttpResponse<byte[]> fetch(String url) throws Exception {
		String path = url.replaceFirst("^https?://[^/]+", "");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.client.base() + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** A chunk put before the PNG's last one (IEND, always 12 bytes), with its CRC. */
	static byte[] withChunkBeforeEnd(byte[] png, String type, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, png.length - 12);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		out.write(png, png.length - 12, 12);
		return out.toByteArray();
	}

	/** A COM segment right after the JPEG's SOI marker. */
	static byte[] withComment(byte[] jpeg, byte[] text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		out.writeBytes(ByteBuffer.allocate(2).putShort((short) (text.length + 2)).array());
		out.writeBytes(text);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static int indexOf(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(needle);
	}

}
