package org.dateline.newsroom;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.media.LibraryPhoto;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoFixtures;
import org.dateline.media.Variant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading to the media library over real HTTP, signed in through the real form: the
 * details a photo agency wrote into the file prefill the form, published variants keep
 * the credit and lose the location, every accepted format works, and every kind of bad
 * file gets its message next to the file field with nothing stored.
 */
@SiteTest
class MediaUploadTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	@Autowired
	JdbcClient jdbc;

	@Value("${dateline.data-dir}")
	Path dataDirectory;

	SiteClient as(Role role) {
		return SignIn.as(this.client, account(role).email(), PASSWORD);
	}

	StaffUser account(Role role) {
		String email = "media." + role.name().toLowerCase() + "." + System.nanoTime() + "@newsroom.example";
		return this.staff.create(email, role.label() + " Uploader", role, PASSWORD);
	}

	static long uploadedId(SiteClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		String location = response.header("Location").orElseThrow();
		assertThat(location).matches(".*/newsroom/media/[0-9]+\\?done=uploaded");
		return Long.parseLong(location.replaceAll(".*/newsroom/media/([0-9]+).*", "$1"));
	}

	@Test
	void anAgencyPhotoIsPrefilledAndItsPublishedFilesKeepTheCreditButNeverTheLocation() throws Exception {
		StaffUser author = account(Role.AUTHOR);
		SiteClient browser = SignIn.as(this.client, author.email(), PASSWORD);
		long id = uploadedId(Multipart.upload(browser, "agency-iptc-with-gps.jpg", "image/jpeg",
				PhotoFixtures.agencyJpeg(2000, 1500)));

		Document page = browser.get("/newsroom/media/" + id + "?done=uploaded").document();
		assertThat(page.selectFirst(".notice-success").text()).startsWith("Uploaded.");
		assertThat(page.selectFirst("#photo-caption").text()).isEqualTo(PhotoFixtures.CAPTION);
		assertThat(page.selectFirst("#photo-credit").val()).isEqualTo("Photo: Harbourline Agency / Kenji Morrow");
		assertThat(page.selectFirst("#photo-creator").val()).isEqualTo(PhotoFixtures.CREATOR);
		assertThat(page.selectFirst("#photo-copyright").val()).isEqualTo(PhotoFixtures.COPYRIGHT);
		assertThat(page.select(".facts dd").eachText()).contains("agency-iptc-with-gps.jpg")
			.anySatisfy((fact) -> assertThat(fact).startsWith("JPEG, 2000 × 1500 pixels"));
		LibraryPhoto photo = this.media.findInLibrary(id).orElseThrow();
		assertThat(photo.uploadedBy()).isEqualTo(author.id());

		for (Variant variant : Variant.values()) {
			byte[] file = this.client.bytes(photo.photo().url(variant));
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
			assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as(variant + " GPS").isEmpty();
			assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).as(variant + " EXIF").isEmpty();
			assertThat(metadata.getDirectoriesOfType(IptcDirectory.class)).as(variant + " IPTC").isEmpty();
			XMPMeta xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class).getXMPMeta();
			assertThat(xmp.getArrayItem(DC, "creator", 1).getValue()).isEqualTo(PhotoFixtures.CREATOR);
			assertThat(xmp.getLocalizedText(DC, "rights", null, "x-default").getValue())
				.isEqualTo(PhotoFixtures.COPYRIGHT);
			assertThat(xmp.getProperty(PHOTOSHOP, "Credit").getValue())
				.isEqualTo("Photo: Harbourline Agency / Kenji Morrow");
			assertThat(xmp.getLocalizedText(DC, "description", null, "x-default").getValue())
				.isEqualTo(PhotoFixtures.CAPTION);
			assertThat(metadata.getFirstDirectoryOfType(XmpDirectory.class).getXmpProperties().keySet())
				.allSatisfy((name) -> assertThat(name).matches("(dc|photoshop):.*"));
			String text = new String(file, StandardCharsets.ISO_8859_1);
			assertThat(text).as(variant + " location fields").doesNotContain("Kowloon Bay", "GPS", "Camera Owner");
		}
	}

	@Test
	void everyAcceptedFormatBecomesJpegVariants() throws IOException {
		SiteClient browser = as(Role.CONTRIBUTOR);
		Map<String, byte[]> files = Map.of("transparent.png", PhotoFixtures.png(640, 480), "animation.gif",
				PhotoFixtures.gif(320, 240), "lossy.webp", PhotoFixtures.webp(false), "lossless.webp",
				PhotoFixtures.webp(true));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			long id = uploadedId(Multipart.upload(browser, file.getKey(), "application/octet-stream", file.getValue()));
			LibraryPhoto photo = this.media.findInLibrary(id).orElseThrow();
			SiteClient.Response response = this.client.get(photo.thumbnailUrl());
			assertThat(response.status()).as(file.getKey()).isEqualTo(200);
			assertThat(response.header("Content-Type")).hasValue("image/jpeg");
			BufferedImage variant = ImageIO.read(new ByteArrayInputStream(this.client.bytes(photo.thumbnailUrl())));
			assertThat(variant.getWidth()).as(file.getKey()).isEqualTo(Math.min(480, photo.photo().width()));
		}
	}

	@Test
	void aPhotoTakenUprightIsStoredAndPublishedUpright() throws IOException {
		SiteClient browser = as(Role.AUTHOR);
		byte[] sideways = PhotoFixtures.withExif(PhotoFixtures.jpeg(400, 300), 6, false);
		LibraryPhoto photo = this.media
			.findInLibrary(uploadedId(Multipart.upload(browser, "phone.jpg", "image/jpeg", sideways)))
			.orElseThrow();
		assertThat(photo.photo().width()).isEqualTo(300);
		assertThat(photo.photo().height()).isEqualTo(400);
		BufferedImage variant = ImageIO
			.read(new ByteArrayInputStream(this.client.bytes(photo.photo().url(Variant.W480))));
		assertThat(variant.getWidth()).isEqualTo(300);
		assertThat(variant.getHeight()).isEqualTo(400);
	}

	@Test
	void badFilesGetAMessageNextToTheFileFieldAndNothingIsStored() throws IOException {
		SiteClient browser = as(Role.AUTHOR);
		byte[] jpeg = PhotoFixtures.jpeg(800, 600);
		byte[] corrupt = Arrays.copyOf(jpeg, jpeg.length);
		for (int i = 700; i < corrupt.length - 2; i += 5) {
			corrupt[i] = (byte) 0xFF;
		}
		List<BadFile> cases = List.of(new BadFile("empty.jpg", "image/jpeg", new byte[0], "The file is empty"),
				new BadFile("notes.jpg", "image/jpeg", "Meeting notes, not a photo".getBytes(StandardCharsets.UTF_8),
						"This file is not a photo the library can use. Upload a JPEG, PNG, WebP or GIF file."),
				new BadFile("logo.svg", "image/svg+xml",
						"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
							.getBytes(StandardCharsets.UTF_8),
						"SVG files are not accepted: an SVG is a drawing made of code, and it can carry scripts"),
				new BadFile("bomb.png", "image/png", PhotoFixtures.pngClaiming(50_000, 50_000),
						"The photo is 50,000 × 50,000 pixels (2500 megapixels); the library takes up to 80 megapixels."),
				new BadFile("half.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2),
						"The file is damaged or incomplete"),
				new BadFile("corrupt.jpg", "image/jpeg", corrupt, "The file is damaged or incomplete"),
				new BadFile("IMG_0001.HEIC", "image/heic", heic(), "This is a HEIC photo"));
		for (BadFile bad : cases) {
			long rows = photoRows();
			long files = storedFiles();
			SiteClient.Response response = Multipart.upload(browser, bad.name(), bad.contentType(), bad.bytes());
			assertThat(response.status()).as(bad.name()).isEqualTo(422);
			Document page = response.document();
			assertThat(page.selectFirst("#upload-file-error").text()).as(bad.name())
				.startsWith(bad.name() + ": ")
				.contains(bad.message())
				.endsWith("Nothing was stored.");
			assertThat(page.selectFirst("#upload-file").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.selectFirst("#upload-file").attr("aria-describedby")).contains("upload-file-error");
			assertThat(photoRows()).as(bad.name()).isEqualTo(rows);
			assertThat(storedFiles()).as(bad.name()).isEqualTo(files);
		}
		assertThat(this.client.get("/actuator/health").status()).isEqualTo(200);
		uploadedId(Multipart.upload(browser, "after.jpg", "image/jpeg", PhotoFixtures.jpeg(640, 480)));
	}

	@Test
	void anUploadLargerThanTheLimitIsCutOffAndExplained() {
		SiteClient browser = as(Role.EDITOR);
		long rows = photoRows();
		byte[] huge = new byte[26 * 1024 * 1024];
		new Random(7).nextBytes(huge);
		System.arraycopy(PhotoFixtures.jpeg(64, 48), 0, huge, 0, 100);
		SiteClient.Response response = Multipart.upload(browser, "huge.jpg", "image/jpeg", huge);
		assertThat(response.status()).isEqualTo(303);
		assertThat(response.header("Location")).hasValue("/newsroom/media?refused=too-large");
		Document page = browser.get("/newsroom/media?refused=too-large").document();
		assertThat(page.selectFirst("#upload-file-error").text())
			.startsWith("The upload was too large: the library takes photos of up to 25 MB each")
			.contains("Nothing was stored.");
		assertThat(photoRows()).isEqualTo(rows);
		assertThat(this.client.get("/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void aPngWhoseTextIsABombIsStoredWithoutReadingItsMetadata() {
		SiteClient browser = as(Role.AUTHOR);
		long id = uploadedId(
				Multipart.upload(browser, "text-bomb.png", "image/png", PhotoFixtures.pngWithTextBomb(256)));
		assertThat(this.media.findInLibrary(id).orElseThrow().photo().credit()).isEmpty();
	}

	@Test
	void sendingNoFileAsksForOne() {
		SiteClient browser = as(Role.AUTHOR);
		SiteClient.Response response = new Multipart().field("_csrf", SignIn.csrf(browser, "/newsroom/media"))
			.file("file", "", "application/octet-stream", new byte[0])
			.post(browser, "/newsroom/media/upload");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().selectFirst("#upload-file-error").text()).isEqualTo("Choose a photo to upload.");
	}

	@Test
	void severalPhotosAtOnceAreStoredOneByOne() {
		SiteClient browser = as(Role.AUTHOR);
		long rows = photoRows();
		SiteClient.Response response = new Multipart().field("_csrf", SignIn.csrf(browser, "/newsroom/media"))
			.file("file", "first.jpg", "image/jpeg", PhotoFixtures.jpeg(320, 240))
			.file("file", "drawing.svg", "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8))
			.file("file", "second.png", "image/png", PhotoFixtures.png(320, 240))
			.post(browser, "/newsroom/media/upload");
		assertThat(response.status()).isEqualTo(422);
		Document page = response.document();
		assertThat(page.selectFirst(".notice-success").text()).isEqualTo("2 photos uploaded: first.jpg, second.png.");
		assertThat(page.select("#upload-file-error li").eachText()).singleElement()
			.satisfies((error) -> assertThat(error).startsWith("drawing.svg: SVG files are not accepted"));
		assertThat(photoRows()).isEqualTo(rows + 2);

		SiteClient.Response good = new Multipart().field("_csrf", SignIn.csrf(browser, "/newsroom/media"))
			.file("file", "third.jpg", "image/jpeg", PhotoFixtures.jpeg(320, 240))
			.file("file", "fourth.jpg", "image/jpeg", PhotoFixtures.jpeg(320, 240))
			.post(browser, "/newsroom/media/upload");
		assertThat(good.status()).isEqualTo(302);
		assertThat(good.header("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/media?done=2"));
		assertThat(browser.get("/newsroom/media?done=2").document().selectFirst(".notice-success").text())
			.isEqualTo("2 photos uploaded.");
	}

	@Test
	void changingTheCreditRemakesThePublishedFiles() throws Exception {
		SiteClient browser = as(Role.AUTHOR);
		long id = uploadedId(Multipart.upload(browser, "credit.jpg", "image/jpeg", PhotoFixtures.agencyJpeg(900, 600)));
		String url = this.media.findInLibrary(id).orElseThrow().photo().url(Variant.W800);
		assertThat(credit(this.client.bytes(url))).isEqualTo("Photo: Harbourline Agency / Kenji Morrow");
		SiteClient.Response saved = browser.post("/newsroom/media/" + id,
				Map.of("_csrf", SignIn.csrf(browser, "/newsroom/media/" + id), "alt", "Commuters on the harbour front",
						"caption", "HONG KONG, CHINA - MAY 3: Corrected caption.", "credit",
						"Photo: Harbourline / K. Morrow", "creator", "K. Morrow", "copyright", "© Harbourline"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("?done=saved"));
		assertThat(credit(this.client.bytes(url))).isEqualTo("Photo: Harbourline / K. Morrow");
		Document page = browser.get("/newsroom/media/" + id).document();
		assertThat(page.selectFirst("#photo-alt").text()).isEqualTo("Commuters on the harbour front");
		assertThat(page.selectFirst(".notice-success")).isNull();
	}

	@Test
	void detailsThatAreTooLongAreRefusedWithWhatWasTypedKept() {
		SiteClient browser = as(Role.AUTHOR);
		long id = uploadedId(Multipart.upload(browser, "long.jpg", "image/jpeg", PhotoFixtures.jpeg(320, 240)));
		String longCredit = "Photo: " + "x".repeat(300);
		SiteClient.Response response = browser.post("/newsroom/media/" + id, Map.of("_csrf",
				SignIn.csrf(browser, "/newsroom/media/" + id), "caption", "Kept caption", "credit", longCredit));
		assertThat(response.status()).isEqualTo(422);
		Document page = response.document();
		assertThat(page.selectFirst("#photo-credit-error").text())
			.isEqualTo("The credit is 307 characters long; the most is 200.");
		assertThat(page.selectFirst("#photo-credit").val()).isEqualTo(longCredit);
		assertThat(page.selectFirst("#photo-caption").text()).isEqualTo("Kept caption");
		assertThat(this.media.findInLibrary(id).orElseThrow().photo().credit()).isEmpty();
	}

	private static String credit(byte[] jpeg) throws Exception {
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
		return metadata.getFirstDirectoryOfType(XmpDirectory.class)
			.getXMPMeta()
			.getProperty(PHOTOSHOP, "Credit")
			.getValue();
	}

	private long photoRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM photo").query(Long.class).single();
	}

	/**
	 * Every file under the media directory, originals, variants and temporary files
	 * alike.
	 */
	private long storedFiles() throws IOException {
		Path media = this.dataDirectory.resolve("media");
		if (!Files.exists(media)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(media)) {
			return files.filter(Files::isRegularFile)
				.filter((f) -> f.getFileName().toString().startsWith("original"))
				.count();
		}
	}

	private static byte[] heic() {
		byte[] heic = new byte[64];
		System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
		return heic;
	}

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

	record BadFile(String name, String contentType, byte[] bytes, String message) {
	}

}
