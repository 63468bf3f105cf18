package org.dateline.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The uploaded logo: checked by content, scaled, served for ever under its hash, shown in
 * the masthead and given to search engines as the publisher's.
 */
@NewsroomSiteTest
class SiteLogoTests {

	@Autowired
	SiteLogo logo;

	@Autowired
	SiteClient client;

	@AfterEach
	void remove() {
		this.logo.remove();
	}

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height,
				format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(164, 22, 26));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	@Test
	void anUploadedLogoReplacesTheNameInTheMastheadAndIsServedForEver() throws IOException {
		SiteLogo.Logo stored = this.logo.replace(image("png", 2400, 600));
		assertThat(stored.width()).as("scaled to fit").isEqualTo(1200);
		assertThat(stored.height()).isEqualTo(300);
		assertThat(stored.path()).matches("/site/logo-[0-9a-f]{16}\\.png");

		Document front = this.client.get("/").document();
		Element masthead = front.selectFirst(".masthead .site-logo img");
		assertThat(masthead).isNotNull();
		assertThat(masthead.attr("src")).isEqualTo(stored.path());
		assertThat(masthead.attr("alt")).isEqualTo(front.title());

		SiteClient.Response file = this.client.get(stored.path());
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Type")).hasValue("image/png");
		assertThat(file.header("Cache-Control")).hasValueSatisfying((c) -> assertThat(c).contains("immutable"));
		BufferedImage served = ImageIO.read(new ByteArrayInputStream(this.client.bytes(stored.path())));
		assertThat(served.getWidth()).isEqualTo(1200);

		String article = front.selectFirst("article .teaser-headline a").attr("href");
		String jsonLd = String.join("\n",
				this.client.get(article)
					.document()
					.select("script[type=application/ld+json]")
					.stream()
					.map(Element::data)
					.toList());
		assertThat(jsonLd).contains(stored.path());

		this.logo.remove();
		assertThat(this.client.get("/").document().selectFirst(".masthead .site-name").text()).isEqualTo(front.title());
	}

	@Test
	void jpegAndGifAreAcceptedToo() throws IOException {
		assertThat(this.logo.replace(image("jpeg", 300, 120)).width()).isEqualTo(300);
		assertThat(this.logo.replace(image("gif", 200, 200)).height()).isEqualTo(200);
	}

	@Test
	void filesThatAreNotASafeImageAreRefusedWithAReason() throws IOException {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(svg))
			.withMessage("The logo should be a PNG, JPEG or GIF image. (SVG files are not accepted: they can carry "
					+ "scripts.)");
		byte[] png = image("png", 300, 100);
		byte[] truncated = Arrays.copyOf(png, png.length / 2);
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(truncated))
			.withMessage("The logo file is damaged or not an image we can read.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(image("png", 8, 8)))
			.withMessageStartingWith("The logo is too small to read");
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(new byte[SiteLogo.MAX_BYTES + 1]))
			.withMessage("The logo file is larger than 2 MB; a logo needs far less.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(new byte[0]))
			.withMessage("Choose an image file for the logo.");
		assertThat(this.logo.current()).isEmpty();
	}

	@Test
	void aDecompressionBombIsRefusedBeforeItIsDecoded() throws IOException {
		// a PNG header claiming 100,000 x 100,000 pixels: decoding it would need 40 GB
		byte[] png = image("png", 20, 20);
		ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
		assertThatIllegalArgumentException().isThrownBy(() -> this.logo.replace(png))
			.withMessage("The logo image has too many pixels to open safely.");
	}

	@Test
	void onlyLogoFilesAreServed() {
		assertThat(this.client.get("/site/../dateline.db").status()).isIn(400, 404);
		assertThat(this.client.get("/site/logo-0123456789abcdef.png").status()).isEqualTo(404);
		assertThat(this.client.get("/site/secrets.txt").status()).isEqualTo(404);
	}

}
