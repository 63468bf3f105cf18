package org.dateline.newsroom;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nu.validator.client.EmbeddedValidator;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.SectionService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article editor as a browser without JavaScript gets it: the hero photo is a number,
 * with a link to the media library and the chosen photo's thumbnail, caption and credit;
 * the photo picker's buttons stay hidden until its script shows them; and the screens are
 * valid HTML (W3C Nu Html Checker, zero errors).
 */
@NewsroomSiteTest
class ArticleEditorHtmlTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	MediaService media;

	@Test
	void withoutScriptsTheHeroPhotoIsANumberWithALinkToTheLibrary() throws Exception {
		Newsroom author = Newsroom.as(this.client, this.staff, Role.AUTHOR);
		long staffId = this.staff.byEmail(author.email).orElseThrow().id();
		long photo = this.media.upload(PhotoFixtures.jpeg(800, 500), "harbour.jpg", staffId).id();
		this.media.updateDetails(photo, new PhotoDetails("Ferries moored at a pier at dusk.",
				"LISBON, PORTUGAL - MAY 3: Ferries wait at Cais do Sodre.", "Photo: Test Agency", "", ""));
		long world = this.sections.bySlug("world").orElseThrow().id();
		Map<String, String> form = Newsroom.article("Ferries wait " + Stories.unique(), world);
		form.put("hero", Long.toString(photo));
		SiteClient.Response created = author.post("/newsroom/articles", form);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = "/newsroom/articles/" + Newsroom.articleId(created);

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/newsroom/articles/new", author.get("/newsroom/articles/new").body());
		pages.put(path, author.get(path).body());
		form.put("hero", "999999999");
		SiteClient.Response refused = author.post("/newsroom/articles", form);
		assertThat(refused.status()).isEqualTo(422);
		pages.put("missing photo", refused.body());

		for (Map.Entry<String, String> page : pages.entrySet()) {
			Document document = Jsoup.parse(page.getValue());
			Element link = document.selectFirst("#hero-note a");
			assertThat(link.text()).as(page.getKey()).isEqualTo("Find a photo in the media library");
			assertThat(link.attr("href")).isEqualTo("/newsroom/media");
			assertThat(link.attr("target")).isEqualTo("_blank");
			assertThat(document.select("#choose-hero[hidden], .body-tools[hidden]")).as(page.getKey()).hasSize(2);
			assertThat(document.select("dialog#photo-picker:not([open])")).hasSize(1);
			assertThat(document.select("[style], script:not([src]):not([type=\"application/ld+json\"])"))
				.as("the policy allows no inline script or style")
				.isEmpty();
			assertThat(document.select("script[src]").eachAttr("src")).anyMatch((s) -> s.contains("photo-picker"));
		}
		Element preview = Jsoup.parse(pages.get(path)).selectFirst("#hero-preview figure");
		assertThat(preview.selectFirst("img").attr("alt")).isEqualTo("Ferries moored at a pier at dusk.");
		assertThat(preview.selectFirst("figcaption").text())
			.isEqualTo("LISBON, PORTUGAL - MAY 3: Ferries wait at Cais do Sodre. Photo: Test Agency");
		Document missing = Jsoup.parse(pages.get("missing photo"));
		assertThat(missing.selectFirst("#hero-error").text())
			.isEqualTo("There is no photo 999999999 in the media library.");
		assertThat(missing.selectFirst("#article-hero").attr("aria-describedby")).isEqualTo("hero-note hero-error");
		assertThat(missing.selectFirst("#article-hero").attr("aria-invalid")).isEqualTo("true");
		assertValid(pages);
	}

	private static void assertValid(Map<String, String> pages) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		List<String> errors = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String report = validator
				.validate(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)));
			for (JsonNode message : JSON.readTree(report).path("messages")) {
				if ("error".equals(message.path("type").asString())
						|| "fatal".equals(message.path("subType").asString())) {
					errors.add(page.getKey() + " line " + message.path("lastLine").asInt() + ": "
							+ message.path("message").asString() + " [" + message.path("extract").asString().strip()
							+ "]");
				}
			}
		}
		assertThat(errors).isEmpty();
	}

}
