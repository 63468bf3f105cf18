package org.dateline.newsroom;

import java.time.Instant;
import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media library's screens over real HTTP: who may see, upload and edit; finding
 * photos by caption, credit and file name; the JSON the article editor's picker reads;
 * and where a photo is used.
 */
@SiteTest
class MediaLibraryTests {

	static final String PASSWORD = MediaUploadTests.PASSWORD;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	@Autowired
	JdbcClient jdbc;

	SiteClient as(Role role) {
		String email = "library." + role.name().toLowerCase() + "." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, role.label() + " Librarian", role, PASSWORD);
		return SignIn.as(this.client, email, PASSWORD);
	}

	static long upload(SiteClient browser, String name, byte[] file) {
		return MediaUploadTests.uploadedId(Multipart.upload(browser, name, "image/jpeg", file));
	}

	static byte[] captioned(String caption, String credit) {
		return PhotoFixtures.withXmp(PhotoFixtures.jpeg(320, 240), PhotoFixtures
			.xmp(PhotoFixtures.alt("dc:description", caption) + "<photoshop:Credit>" + credit + "</photoshop:Credit>"));
	}

	SiteClient.Response save(SiteClient browser, long id, String credit) {
		return browser.post("/newsroom/media/" + id,
				Map.of("_csrf", SignIn.csrf(browser, "/newsroom/media"), "credit", credit, "caption", "A caption"));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		for (String path : new String[] { "/newsroom/media", "/newsroom/media/1", "/newsroom/media/search.json?q=x" }) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.header("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in"));
		}
		long rows = this.jdbc.sql("SELECT COUNT(*) FROM photo").query(Long.class).single();
		SiteClient.Response upload = new Multipart().file("file", "x.jpg", "image/jpeg", PhotoFixtures.jpeg(64, 48))
			.post(this.client, "/newsroom/media/upload");
		assertThat(upload.status()).isIn(302, 403);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM photo").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void everyRoleMayUploadAndEditWhatTheyUploaded() {
		for (Role role : Role.values()) {
			SiteClient browser = as(role);
			Document library = browser.get("/newsroom/media").document();
			assertThat(library.selectFirst(".desk-nav a[href=/newsroom/media]").attr("aria-current")).isEqualTo("page");
			assertThat(library.selectFirst("form.media-upload-form input[type=file]").attr("name")).isEqualTo("file");
			assertThat(library.select("script[src]").eachAttr("src"))
				.anySatisfy((src) -> assertThat(src).startsWith("/assets/media-library"));
			long id = upload(browser, role.name().toLowerCase() + ".jpg", PhotoFixtures.jpeg(320, 240));
			assertThat(save(browser, id, "Photo: " + role.label()).status()).as(role.name()).isEqualTo(302);
			assertThat(this.media.findInLibrary(id).orElseThrow().photo().credit()).isEqualTo("Photo: " + role.label());
		}
	}

	@Test
	void anAuthorCannotEditAnotherAuthorsPhotoButAnEditorCan() {
		SiteClient owner = as(Role.AUTHOR);
		long id = upload(owner, "owners.jpg", PhotoFixtures.jpeg(320, 240));
		SiteClient other = as(Role.AUTHOR);
		assertThat(save(other, id, "Photo: Not Mine").status()).isEqualTo(403);
		Document readOnly = other.get("/newsroom/media/" + id).document();
		assertThat(readOnly.select("form.media-details")).isEmpty();
		assertThat(readOnly.selectFirst(".hint").text())
			.isEqualTo("Only the person who uploaded this photo, or an editor, can change its details.");
		assertThat(save(as(Role.CONTRIBUTOR), id, "Photo: Nor Mine").status()).isEqualTo(403);
		assertThat(this.media.findInLibrary(id).orElseThrow().photo().credit()).isEmpty();

		assertThat(save(as(Role.EDITOR), id, "Photo: Desk Edit").status()).isEqualTo(302);
		assertThat(this.media.findInLibrary(id).orElseThrow().photo().credit()).isEqualTo("Photo: Desk Edit");
		assertThat(save(as(Role.AUTHOR), 1, "Photo: Demo").status()).as("a photo nobody uploaded").isEqualTo(403);
		assertThat(as(Role.AUTHOR).get("/newsroom/media/999999").status()).isEqualTo(404);
	}

	@Test
	void photosAreFoundByCaptionCreditAndFileName() {
		SiteClient browser = as(Role.AUTHOR);
		String token = "zq" + Long.toString(System.nanoTime(), 36);
		long byCaption = upload(browser, "plain.jpg", captioned("Ferries " + token + "caption at dawn", "Wire"));
		long byCredit = upload(browser, "other.jpg", captioned("Market day", "Photo: " + token + "credit Agency"));
		long byName = upload(browser, token + "-name.jpg", PhotoFixtures.jpeg(320, 240));

		assertThat(ids(browser, token + "caption")).containsExactly(byCaption);
		assertThat(ids(browser, token.toUpperCase() + "CREDIT")).containsExactly(byCredit);
		assertThat(ids(browser, token + "-name")).containsExactly(byName);
		assertThat(ids(browser, token)).containsExactly(byName, byCredit, byCaption);
		assertThat(ids(browser, token + " market")).containsExactly(byCredit);

		Document found = browser.get("/newsroom/media?q=" + token + "caption").document();
		assertThat(found.selectFirst("#media-q").val()).isEqualTo(token + "caption");
		assertThat(found.selectFirst(".media-count").text()).startsWith("1 photo matching");
		assertThat(found.selectFirst(".media-item .media-caption").text())
			.isEqualTo("Ferries " + token + "caption at dawn");
		assertThat(found.selectFirst(".media-item .media-credit").text()).isEqualTo("Wire");
		assertThat(found.selectFirst(".media-item img").attr("src")).endsWith("/w480.jpg");

		Document none = browser.get("/newsroom/media?q=" + token + "nothing").document();
		assertThat(none.selectFirst(".empty-list").text()).startsWith("No photo matches.");
		assertThat(browser.get("/newsroom/media?q=%25_%5C").status()).isEqualTo(200);
	}

	@Test
	void theLibraryIsPagedNewestFirst() {
		SiteClient browser = as(Role.EDITOR);
		long newest = upload(browser, "newest.jpg", PhotoFixtures.jpeg(320, 240));
		Document first = browser.get("/newsroom/media").document();
		assertThat(first.select(".media-item")).hasSize(MediaService.PAGE_SIZE);
		assertThat(first.selectFirst(".media-item a").attr("href")).isEqualTo("/newsroom/media/" + newest);
		assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/newsroom/media?page=2");
		Document second = browser.get("/newsroom/media?page=2").document();
		assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/newsroom/media");
		assertThat(second.select(".media-item a").eachAttr("href")).doesNotContain("/newsroom/media/" + newest);
		assertThat(browser.get("/newsroom/media?page=abc").status()).isEqualTo(200);
	}

	@Test
	void theJsonSearchGivesThePhotoPickerWhatItNeeds() throws Exception {
		SiteClient browser = as(Role.CONTRIBUTOR);
		String token = "pick" + Long.toString(System.nanoTime(), 36);
		long id = upload(browser, "picker.jpg",
				PhotoFixtures.withXmp(PhotoFixtures.jpeg(1600, 900),
						PhotoFixtures.xmp(PhotoFixtures.alt("dc:description", "Harbour " + token)
								+ "<photoshop:Credit>Wire</photoshop:Credit>"
								+ PhotoFixtures.alt("Iptc4xmpCore:AltTextAccessibility", "A harbour at dusk"))));
		SiteClient.Response response = browser.get("/newsroom/media/search.json?q=" + token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/json"));
		assertThat(response.header("Cache-Control")).hasValue("no-store");
		JsonNode json = JSON.readTree(response.body());
		assertThat(json.path("total").asInt()).isEqualTo(1);
		assertThat(json.path("page").asInt()).isEqualTo(1);
		assertThat(json.path("hasMore").asBoolean()).isFalse();
		JsonNode photo = json.path("photos").get(0);
		assertThat(photo.path("id").asLong()).isEqualTo(id);
		assertThat(photo.path("caption").asString()).isEqualTo("Harbour " + token);
		assertThat(photo.path("credit").asString()).isEqualTo("Wire");
		assertThat(photo.path("alt").asString()).isEqualTo("A harbour at dusk");
		assertThat(photo.path("width").asInt()).isEqualTo(1600);
		assertThat(photo.path("height").asInt()).isEqualTo(900);
		String thumbnail = photo.path("thumbnail").asString();
		assertThat(thumbnail).matches("/media/[a-z2-7]{20}/w480\\.jpg");
		assertThat(this.client.get(thumbnail).status()).isEqualTo(200);

		JsonNode all = JSON.readTree(browser.get("/newsroom/media/search.json?page=2").body());
		assertThat(all.path("page").asInt()).isEqualTo(2);
		assertThat(all.path("photos").size()).isPositive();
	}

	@Test
	void thePhotoPageListsTheArticlesUsingIt() {
		Document hero = as(Role.EDITOR).get("/newsroom/media/1").document();
		String headline = this.jdbc.sql("SELECT headline FROM article WHERE hero_photo_id = 1")
			.query(String.class)
			.single();
		assertThat(hero.select(".media-uses li")).singleElement().satisfies((use) -> {
			assertThat(use.selectFirst("a").text()).isEqualTo(headline);
			assertThat(use.selectFirst("a").attr("href")).matches("/[a-z]+/[0-9]{4}/[0-9]{2}/[0-9]{2}/[a-z0-9-]+");
			assertThat(use.text()).endsWith("Published · hero photo");
		});

		SiteClient browser = as(Role.AUTHOR);
		long id = upload(browser, "inline.jpg", PhotoFixtures.jpeg(320, 240));
		assertThat(browser.get("/newsroom/media/" + id).document().selectFirst(".empty-list").text())
			.isEqualTo("No article uses this photo yet.");
		draft("Draft using the photo inline", "Before.\n\n![A harbour](photo:" + id + ")\n\nAfter.", null);
		draft("Draft with it as hero and inline", "![x](photo:" + id + " \"title\")", id);
		draft("Draft naming a longer id", "![x](photo:" + id + "0)", null);
		Document used = browser.get("/newsroom/media/" + id).document();
		assertThat(used.select(".media-uses li").eachText()).containsExactlyInAnyOrder(
				"Draft using the photo inline Draft · in the text",
				"Draft with it as hero and inline Draft · hero photo and in the text");
		assertThat(used.select(".media-uses a")).as("drafts have no public page").isEmpty();
	}

	/**
	 * A draft straight in the table: drafts appear on no reader page, so other tests
	 * never see it.
	 */
	private void draft(String headline, String body, Long heroPhotoId) {
		long now = Instant.now().toEpochMilli();
		this.jdbc.sql("""
				INSERT INTO article (slug, section_id, headline, body_markdown, status, hero_photo_id,
				                     created_at, modified_at)
				VALUES (:slug, (SELECT id FROM section WHERE slug = 'world'), :headline, :body, 'DRAFT', :hero,
				        :now, :now)
				""")
			.param("slug", "media-usage-" + System.nanoTime())
			.param("headline", headline)
			.param("body", body)
			.param("hero", heroPhotoId)
			.param("now", now)
			.update();
	}

	private static java.util.List<Long> ids(SiteClient browser, String query) {
		Document page = browser
			.get("/newsroom/media?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
			.document();
		return page.select(".media-item a.media-card")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1)))
			.toList();
	}

}
