package org.dateline.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/photos} lists exactly the photos {@code /api/v1/photos/{id}} shows:
 * those a published story uses as hero or in its text, never one only a draft, an
 * embargoed story or a story taken down uses; newest upload first, page after page.
 */
@NewsroomSiteTest
class ApiPhotoListTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	@LocalServerPort
	int port;

	Actor editor;

	@BeforeEach
	void setUp() {
		StaffUser user = this.staff.create("photos." + System.nanoTime() + "@newsroom.example", "Photo Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
	}

	@Test
	void onlyHeroesOfPublishedStoriesAreListedNewestFirstAcrossPages() {
		long hero = photo("A hero on the front");
		long inline = photo("A photo in the text");
		long draftOnly = photo("A photo only a draft uses");
		long embargoed = photo("A photo of a story under embargo");
		long takenDown = photo("A photo of a story taken down");
		long unused = photo("A photo nobody uses");
		publish(story("Listed hero story", "A paragraph.", hero, null));
		publish(story("Listed inline story", "Before.\n\n![A harbour](photo:" + inline + ")\n\nAfter.", null, null));
		this.editing.create(story("Draft with a photo", "A paragraph.", draftOnly, null), this.editor);
		this.editing.create(
				story("Embargoed with a photo", "A paragraph.", embargoed, Instant.now().plus(2, ChronoUnit.DAYS)),
				this.editor);
		long down = publish(story("Taken down with a photo", "A paragraph.", takenDown, null));
		this.editing.unpublish(down, this.editing.load(down, this.editor).version(), this.editor);

		SiteClient site = new SiteClient(this.port);
		List<Long> listed = new ArrayList<>();
		String next = "/api/v1/photos?limit=2";
		int pages = 0;
		while (next != null) {
			SiteClient.Response response = site.get(next);
			assertThat(response.status()).as(next).isEqualTo(200);
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.path("items").size()).as(next).isBetween(1, 2);
			body.path("items").forEach((item) -> listed.add(item.path("id").asLong()));
			next = body.path("next").isNull() ? null : body.path("next").asString().replace(site.base(), "");
			pages++;
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(listed).doesNotHaveDuplicates()
			.isSortedAccordingTo((a, b) -> Long.compare(b, a))
			.contains(hero)
			.doesNotContain(inline, draftOnly, embargoed, takenDown, unused);
		for (long id : listed) {
			assertThat(site.get("/api/v1/photos/" + id).status()).as("photo %d", id).isEqualTo(200);
		}
		assertThat(site.get("/api/v1/photos/" + inline).status()).as("a photo in a published text, not listed")
			.isEqualTo(200);
		for (long id : List.of(draftOnly, embargoed, takenDown, unused)) {
			assertThat(site.get("/api/v1/photos/" + id).status()).as("photo %d", id).isEqualTo(404);
		}
	}

	@Test
	void aCursorThisApiDidNotHandOutOrALimitOutOfRangeIsA400NamingIt() {
		SiteClient site = new SiteClient(this.port);
		for (String[] bad : new String[][] { { "/api/v1/photos?cursor=not-a-cursor", "cursor" },
				{ "/api/v1/photos?limit=0", "limit" }, { "/api/v1/photos?limit=101", "limit" } }) {
			SiteClient.Response response = site.get(bad[0]);
			assertThat(response.status()).as(bad[0]).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).path("parameter").asString()).isEqualTo(bad[1]);
		}
	}

	long photo(String caption) {
		return this.media
			.add(PhotoFixtures.jpeg(640, 480), "photo.jpg",
					new PhotoDetails(caption, caption, "Photo: Test Agency", "", ""))
			.id();
	}

	ArticleDraft story(String headline, String body, Long hero, Instant embargo) {
		return new ArticleDraft(headline + " " + System.nanoTime(), "A dek.", "",
				this.sections.bySlug("world").orElseThrow().id(), "OSLO", body, hero, List.of(), List.of(), true,
				embargo);
	}

	long publish(ArticleDraft draft) {
		long id = this.editing.create(draft, this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		return id;
	}

}
