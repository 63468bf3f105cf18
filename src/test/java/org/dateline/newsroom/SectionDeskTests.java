package org.dateline.newsroom;

import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections in the newsroom: creating them, their order in the navigation, renaming them
 * with every old address redirecting for ever, and deleting only empty ones.
 */
@NewsroomSiteTest
class SectionDeskTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	Newsroom editor() {
		return Newsroom.as(this.client, this.staff, Role.EDITOR);
	}

	Stories stories() {
		return new Stories(this.jdbc);
	}

	SiteClient.Response create(Newsroom desk, String name, String slug, String position) {
		return desk.post("/newsroom/sections",
				Map.of("name", name, "slug", slug, "description", "All about " + name + ".", "position", position));
	}

	SiteClient.Response save(Newsroom desk, long id, String name, String slug, String position) {
		return desk.post("/newsroom/sections/" + id,
				Map.of("name", name, "slug", slug, "description", "All about " + name + ".", "position", position));
	}

	@Test
	void anEditorCreatesASectionWhoseSlugComesFromItsName() {
		Newsroom editor = editor();
		String n = Stories.unique();
		SiteClient.Response created = create(editor, "Harbours & Ports " + n, "", "");
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).hasValueSatisfying((l) -> assertThat(l).contains("/newsroom/sections"));
		String slug = "harbours-and-ports-" + n;
		Document list = editor.get("/newsroom/sections").document();
		assertThat(list.select(".taxonomy-table a").eachText()).contains("Harbours & Ports " + n, "/" + slug + "/");
		Document front = this.client.get("/" + slug + "/").document();
		assertThat(front.selectFirst("h1").text()).isEqualTo("Harbours & Ports " + n);
		assertThat(front.selectFirst(".list-description").text()).isEqualTo("All about Harbours & Ports " + n + ".");
		assertThat(front.select("nav.sections a").eachText()).as("a new section comes last in the navigation")
			.last()
			.isEqualTo("Harbours & Ports " + n);
	}

	@Test
	void theListCountsEverySectionsArticlesDraftsIncluded() {
		Newsroom editor = editor();
		String n = Stories.unique();
		create(editor, "Counted " + n, "counted-" + n, "");
		long section = stories().sectionId("counted-" + n);
		stories().publish(editor, "A counted story " + n, section, "");
		editor.post("/newsroom/articles", Newsroom.article("A counted draft " + n, section));
		Document list = editor.get("/newsroom/sections").document();
		assertThat(list.selectFirst("#section-" + section + " .count").text()).isEqualTo("2");
	}

	@Test
	void theOrderOfTheNavigationFollowsThePositions() {
		Newsroom editor = editor();
		String n = Stories.unique();
		create(editor, "Late " + n, "late-" + n, "9000");
		create(editor, "Later " + n, "later-" + n, "9001");
		long late = stories().sectionId("late-" + n);
		assertThat(save(editor, late, "Late " + n, "late-" + n, "9002").status()).isEqualTo(302);
		assertThat(this.client.get("/").document().select("nav.sections a").eachText())
			.containsSubsequence("Later " + n, "Late " + n);
	}

	@Test
	void aRenamedSectionAnswersItsOldAddressesAndThoseOfItsArticlesWithA301ForEver() {
		Newsroom editor = editor();
		String n = Stories.unique();
		create(editor, "Rivers " + n, "rivers-" + n, "");
		long section = stories().sectionId("rivers-" + n);
		long article = stories().publish(editor, "The river rises " + n, section, "");
		String before = stories().path(editor, article);
		assertThat(before).startsWith("/rivers-" + n + "/");
		assertThat(this.client.get(before).status()).isEqualTo(200);

		SiteClient.Response renamed = save(editor, section, "Waterways " + n, "waterways-" + n, "");
		assertThat(renamed.status()).isEqualTo(302);
		assertThat(editor.get(Stories.location(renamed)).document().selectFirst(".notice-success").text())
			.contains("/waterways-" + n + "/");
		String after = stories().path(editor, article);
		assertThat(after).isEqualTo(before.replace("/rivers-" + n + "/", "/waterways-" + n + "/"));

		assertMoved("/rivers-" + n + "/", "/waterways-" + n + "/");
		assertMoved("/rivers-" + n, "/waterways-" + n + "/");
		assertMoved("/rivers-" + n + "/?page=2", "/waterways-" + n + "/?page=2");
		assertMoved(before, after);
		assertThat(this.client.get(after).status()).isEqualTo(200);
		assertThat(this.client.get("/waterways-" + n + "/").document().selectFirst("h1").text())
			.isEqualTo("Waterways " + n);

		save(editor, section, "Canals " + n, "canals-" + n, "");
		assertMoved("/rivers-" + n + "/", "/canals-" + n + "/");
		assertMoved("/waterways-" + n + "/", "/canals-" + n + "/");
		assertMoved(before, stories().path(editor, article));

		save(editor, section, "Rivers " + n, "rivers-" + n, "");
		assertThat(this.client.get("/rivers-" + n + "/").status()).as("taking an old slug back").isEqualTo(200);
		assertThat(this.client.get(before).status()).isEqualTo(200);
		assertMoved("/canals-" + n + "/", "/rivers-" + n + "/");
	}

	@Test
	void aRenamedSectionShowsInTheNavigationOfCachedPagesAtOnce() {
		Newsroom editor = editor();
		String n = Stories.unique();
		create(editor, "Weather " + n, "weather-" + n, "");
		long section = stories().sectionId("weather-" + n);
		this.client.get("/");
		SiteClient.Response cached = this.client.get("/");
		assertThat(cached.header("X-Cache")).hasValue("HIT");
		assertThat(cached.document().select("nav.sections a").eachText()).contains("Weather " + n);
		save(editor, section, "Climate Desk " + n, "weather-" + n, "");
		SiteClient.Response fresh = this.client.get("/");
		assertThat(fresh.header("X-Cache")).hasValue("MISS");
		assertThat(fresh.document().select("nav.sections a").eachText()).contains("Climate Desk " + n)
			.doesNotContain("Weather " + n);
		assertThat(this.client.get("/weather-" + n + "/").document().selectFirst("h1").text())
			.isEqualTo("Climate Desk " + n);
	}

	@Test
	void aSectionWithArticlesCannotBeDeletedAndAnEmptyOneCan() {
		Newsroom editor = editor();
		String n = Stories.unique();
		create(editor, "Busy " + n, "busy-" + n, "");
		long busy = stories().sectionId("busy-" + n);
		editor.post("/newsroom/articles", Newsroom.article("Only a draft " + n, busy));
		SiteClient.Response refused = editor.post("/newsroom/sections/" + busy + "/delete", Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst(".form-message").text()).isEqualTo("“Busy " + n
				+ "” still has 1 article, drafts included. Move it to another section first: only an empty section "
				+ "can be deleted.");
		assertThat(this.client.get("/busy-" + n + "/").status()).isEqualTo(200);

		create(editor, "Empty " + n, "empty-" + n, "");
		long empty = stories().sectionId("empty-" + n);
		SiteClient.Response deleted = editor.post("/newsroom/sections/" + empty + "/delete", Map.of());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(this.client.get("/empty-" + n + "/").status()).isEqualTo(404);
		assertThat(editor.get("/newsroom/sections").document().select(".taxonomy-table a").eachText())
			.doesNotContain("Empty " + n);
		assertThat(this.client.get("/").document().select("nav.sections a").eachText()).doesNotContain("Empty " + n);
	}

	@Test
	void mistakesAreExplainedNextToTheFormAndNothingTypedIsLost() {
		Newsroom editor = editor();
		String n = Stories.unique();
		SiteClient.Response nameless = editor.post("/newsroom/sections",
				Map.of("name", " ", "slug", "", "description", "A description I wrote " + n, "position", "4"));
		assertThat(nameless.status()).isEqualTo(422);
		Document page = nameless.document();
		assertThat(page.selectFirst(".form-message").text()).isEqualTo("Every section needs a name.");
		assertThat(page.selectFirst("#section-description").wholeText()).isEqualTo("A description I wrote " + n);
		assertThat(page.selectFirst("#section-position").val()).isEqualTo("4");

		assertThat(message(create(editor, "Another World " + n, "world", ""), 422))
			.isEqualTo("Another section already uses the slug \"world\".");
		assertThat(message(create(editor, "The newsroom " + n, "newsroom", ""), 422))
			.isEqualTo("The site uses /newsroom/ itself: choose another slug.");
		SiteClient.Response badPosition = create(editor, "Positioned " + n, "", "third");
		assertThat(message(badPosition, 422))
			.isEqualTo("The position should be a whole number, such as 3, not \"third\".");
		assertThat(badPosition.document().selectFirst("#section-name").val()).isEqualTo("Positioned " + n);
		assertThat(message(create(editor, "x".repeat(61), "", ""), 422))
			.isEqualTo("Keep the name under 60 characters: it has to fit in the navigation.");

		create(editor, "Renamed away " + n, "renamed-away-" + n, "");
		save(editor, stories().sectionId("renamed-away-" + n), "Renamed away " + n, "moved-on-" + n, "");
		assertThat(message(create(editor, "Squatter " + n, "renamed-away-" + n, ""), 422))
			.isEqualTo("The slug \"renamed-away-" + n
					+ "\" belonged to another section before it was renamed, and its old links still lead there.");
		assertThat(this.client.get("/renamed-away-" + n + "/").status()).isEqualTo(301);
	}

	@Test
	void unknownSectionsAreNotFound() {
		Newsroom editor = editor();
		assertThat(editor.get("/newsroom/sections/999999").status()).isEqualTo(404);
		assertThat(editor.post("/newsroom/sections/999999", Map.of("name", "Nothing")).status()).isEqualTo(404);
		assertThat(this.client.get("/no-such-section-ever/").status()).isEqualTo(404);
	}

	private void assertMoved(String from, String to) {
		SiteClient.Response response = this.client.get(from);
		assertThat(response.status()).as(from).isEqualTo(301);
		assertThat(response.header("Location")).as(from).hasValue(to);
	}

	private static String message(SiteClient.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		return response.document().selectFirst(".form-message").text();
	}

}
