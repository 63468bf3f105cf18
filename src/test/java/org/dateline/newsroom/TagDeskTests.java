package org.dateline.newsroom;

import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.SectionService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags in the newsroom: finding them with their counts, creating, renaming with the old
 * page redirecting, and merging duplicates without filing any article twice.
 */
@NewsroomSiteTest
class TagDeskTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	JdbcClient jdbc;

	Newsroom editor() {
		return Newsroom.as(this.client, this.staff, Role.EDITOR);
	}

	Stories stories() {
		return new Stories(this.jdbc);
	}

	long world() {
		return this.sections.bySlug("world").orElseThrow().id();
	}

	SiteClient.Response rename(Newsroom desk, long id, String name, String slug) {
		return desk.post("/newsroom/tags/" + id, Map.of("name", name, "slug", slug));
	}

	long tagsOf(long article, long tag) {
		return this.jdbc.sql("SELECT count(*) FROM article_tag WHERE article_id = :article AND tag_id = :tag")
			.param("article", article)
			.param("tag", tag)
			.query(Long.class)
			.single();
	}

	@Test
	void theListFindsTagsByNameWithTheirArticleCounts() {
		Newsroom editor = editor();
		String n = Stories.unique();
		stories().publish(editor, "Lighthouses one " + n, world(), "Lighthouse keepers " + n + ", Coasts " + n);
		stories().publish(editor, "Lighthouses two " + n, world(), "Lighthouse keepers " + n);
		Document found = editor.get("/newsroom/tags?q=keepers+" + n).document();
		assertThat(found.select(".taxonomy-table tbody tr")).hasSize(1);
		long id = stories().tagId("lighthouse-keepers-" + n);
		assertThat(found.selectFirst("#tag-" + id + " a").text()).isEqualTo("Lighthouse keepers " + n);
		assertThat(found.selectFirst("#tag-" + id + " .count").text()).isEqualTo("2");
		assertThat(found.selectFirst("#tag-search").val()).isEqualTo("keepers " + n);
		assertThat(editor.get("/newsroom/tags?q=nothing-like-this-" + n).document().selectFirst(".empty-list").text())
			.contains("nothing-like-this-" + n);
	}

	@Test
	void anEditorCreatesATagThatTheArticleEditorThenSuggests() {
		Newsroom editor = editor();
		String n = Stories.unique();
		SiteClient.Response created = editor.post("/newsroom/tags", Map.of("name", "Zeppelins " + n, "slug", ""));
		assertThat(created.status()).isEqualTo(302);
		assertThat(editor.get(Stories.location(created)).document().selectFirst("#tag-slug").val())
			.isEqualTo("zeppelins-" + n);
		assertThat(Newsroom.as(this.client, this.staff, Role.AUTHOR).get("/newsroom/tags.json?q=zeppelins+" + n).body())
			.isEqualTo("[\"Zeppelins " + n + "\"]");
	}

	@Test
	void aRenamedTagKeepsItsOldPageRedirectingAndItsArticlesShowTheNewNameAtOnce() {
		Newsroom editor = editor();
		String n = Stories.unique();
		long article = stories().publish(editor, "Glaciers retreat " + n, world(), "Ice " + n);
		String story = stories().path(editor, article);
		this.client.get(story);
		assertThat(this.client.get(story).header("X-Cache")).hasValue("HIT");
		long tag = stories().tagId("ice-" + n);
		this.client.get("/tag/ice-" + n);

		assertThat(rename(editor, tag, "Glaciers and ice " + n, "glaciers-" + n).status()).isEqualTo(302);
		SiteClient.Response old = this.client.get("/tag/ice-" + n);
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.header("Location")).hasValue("/tag/glaciers-" + n);
		assertThat(this.client.get("/tag/ice-" + n + "?page=2").header("Location"))
			.hasValue("/tag/glaciers-" + n + "?page=2");
		Document page = this.client.get("/tag/glaciers-" + n).document();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Glaciers and ice " + n);
		assertThat(page.select(".teaser-headline a").eachText()).contains("Glaciers retreat " + n);
		SiteClient.Response fresh = this.client.get(story);
		assertThat(fresh.header("X-Cache")).hasValue("MISS");
		assertThat(fresh.document().select("a[href=/tag/glaciers-" + n + "]").eachText())
			.contains("Glaciers and ice " + n);

		assertThat(rename(editor, tag, "Ice " + n, "ice-" + n).status()).isEqualTo(302);
		assertThat(this.client.get("/tag/ice-" + n).status()).as("the cached redirect went with the rename")
			.isEqualTo(200);
		assertThat(this.client.get("/tag/glaciers-" + n).header("Location")).hasValue("/tag/ice-" + n);
	}

	@Test
	void mergingFilesEveryArticleUnderTheTagThatStaysOnceAndRedirectsTheOther() {
		Newsroom editor = editor();
		String n = Stories.unique();
		long both = stories().publish(editor, "Tram lines " + n, world(), "Trams " + n + ", Light rail " + n);
		long onlyTrams = stories().publish(editor, "Tram depots " + n, world(), "Trams " + n);
		long trams = stories().tagId("trams-" + n);
		long lightRail = stories().tagId("light-rail-" + n);
		rename(editor, trams, "Trams " + n, "tramways-" + n);

		SiteClient.Response merged = editor.post("/newsroom/tags/" + trams + "/merge",
				Map.of("into", "light rail " + n));
		assertThat(merged.status()).isEqualTo(302);
		assertThat(merged.header("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/newsroom/tags/" + lightRail));
		assertThat(editor.get(Stories.location(merged)).document().selectFirst(".notice-success").text())
			.startsWith("Merged “Trams " + n + "” into “Light rail " + n + "”: 2 articles moved");
		assertThat(tagsOf(both, lightRail)).isEqualTo(1);
		assertThat(tagsOf(onlyTrams, lightRail)).isEqualTo(1);
		assertThat(tagsOf(both, trams) + tagsOf(onlyTrams, trams)).isZero();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM tag WHERE id = :id").param("id", trams).query(Long.class).single())
			.isZero();
		assertThat(editor.get("/newsroom/tags/" + trams).status()).isEqualTo(404);

		for (String old : new String[] { "/tag/trams-" + n, "/tag/tramways-" + n }) {
			SiteClient.Response moved = this.client.get(old);
			assertThat(moved.status()).as(old).isEqualTo(301);
			assertThat(moved.header("Location")).as(old).hasValue("/tag/light-rail-" + n);
		}
		assertThat(this.client.get("/tag/light-rail-" + n).document().select(".teaser-headline a").eachText())
			.contains("Tram lines " + n, "Tram depots " + n);
		assertThat(this.client.get(stories().path(editor, both)).document().select("ul.tags a").eachText())
			.containsOnlyOnce("Light rail " + n)
			.doesNotContain("Trams " + n);

		long later = stories().publish(editor, "Trams again " + n, world(), "Trams " + n);
		assertThat(tagsOf(later, lightRail)).as("the old name files under the tag that stayed").isEqualTo(1);
	}

	@Test
	void mistakesAreExplainedAndNothingTypedIsLost() {
		Newsroom editor = editor();
		String n = Stories.unique();
		SiteClient.Response nameless = editor.post("/newsroom/tags", Map.of("name", "", "slug", "my-slug-" + n));
		assertThat(nameless.status()).isEqualTo(422);
		assertThat(nameless.document().selectFirst(".form-message").text()).isEqualTo("Every tag needs a name.");
		assertThat(nameless.document().selectFirst("#tag-slug").val()).isEqualTo("my-slug-" + n);

		editor.post("/newsroom/tags", Map.of("name", "Bridges " + n, "slug", ""));
		SiteClient.Response twice = editor.post("/newsroom/tags", Map.of("name", "bridges " + n, "slug", "other-" + n));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.document().selectFirst(".form-message").text())
			.isEqualTo("There is already a tag called “Bridges " + n + "”.");
		assertThat(editor.post("/newsroom/tags", Map.of("name", "Commas, " + n, "slug", ""))
			.document()
			.selectFirst(".form-message")
			.text()).startsWith("A tag's name cannot contain a comma");

		long bridges = stories().tagId("bridges-" + n);
		SiteClient.Response self = editor.post("/newsroom/tags/" + bridges + "/merge", Map.of("into", "Bridges " + n));
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.document().selectFirst(".form-message").text())
			.isEqualTo("A tag cannot be merged into itself: choose another tag.");
		SiteClient.Response nowhere = editor.post("/newsroom/tags/" + bridges + "/merge",
				Map.of("into", "Tunnels " + n));
		assertThat(nowhere.status()).isEqualTo(422);
		assertThat(nowhere.document().selectFirst(".form-message").text()).isEqualTo(
				"There is no tag “Tunnels " + n + "” to merge into. Create it first, or rename this tag instead.");
		assertThat(nowhere.document().selectFirst("#tag-into").val()).isEqualTo("Tunnels " + n);

		editor.post("/newsroom/tags", Map.of("name", "Viaducts " + n, "slug", ""));
		SiteClient.Response taken = rename(editor, bridges, "Bridges " + n, "viaducts-" + n);
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.document().selectFirst(".form-message").text())
			.isEqualTo("Another tag already uses the slug \"viaducts-" + n + "\".");
	}

}
