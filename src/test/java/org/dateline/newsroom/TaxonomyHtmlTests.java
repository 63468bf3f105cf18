package org.dateline.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.HtmlChecker;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The section, tag and author screens, as saved and as sent back with something to fix,
 * checked by the W3C Nu Html Checker as {@code web.HtmlValidationTests} checks reader
 * pages: zero errors allowed.
 */
@NewsroomSiteTest
class TaxonomyHtmlTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEditorsScreensAreValidHtml() {
		Newsroom editor = Newsroom.as(this.client, this.staff, Role.EDITOR);
		Stories stories = new Stories(this.jdbc);
		long section = stories.sectionId("culture");
		long tag = this.jdbc.sql("SELECT min(id) FROM tag").query(Long.class).single();
		long author = stories.authorId("maya-okafor");
		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : List.of("/newsroom/sections", "/newsroom/sections/new", "/newsroom/sections/" + section,
				"/newsroom/tags", "/newsroom/tags?q=zzzz-nothing", "/newsroom/tags/new", "/newsroom/tags/" + tag,
				"/newsroom/authors", "/newsroom/authors/new", "/newsroom/authors/" + author)) {
			pages.put(path, editor.get(path).body());
		}
		pages.put("section refused", editor.post("/newsroom/sections/" + section + "/delete", Map.of()).body());
		pages.put("tag refused", editor.post("/newsroom/tags/" + tag + "/merge", Map.of("into", "")).body());
		pages.put("author refused", editor.post("/newsroom/authors", Map.of("name", "", "bio", "<b>bold</b>")).body());
		HtmlChecker.assertValid(pages);
	}

	@Test
	void aWritersOwnProfileAndTheAuthorPageAreValidHtml() {
		Newsroom editor = Newsroom.as(this.client, this.staff, Role.EDITOR);
		Newsroom writer = Newsroom.as(this.client, this.staff, Role.CONTRIBUTOR);
		String n = Stories.unique();
		Map<String, String> profile = new LinkedHashMap<>();
		profile.put("name", "Valid Writer " + n);
		profile.put("slug", "");
		profile.put("jobTitle", "Data reporter");
		profile.put("bio", "Writes about numbers.");
		profile.put("staff", Long.toString(this.staff.byEmail(writer.email).orElseThrow().id()));
		String location = editor.post("/newsroom/authors", profile).header("Location").orElseThrow();
		String path = location.substring(location.indexOf("/newsroom/authors/")).replaceAll("\\?.*$", "");
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/newsroom/authors as a contributor", writer.get("/newsroom/authors").body());
		pages.put(path + " as its owner", writer.get(path).body());
		pages.put("/author/valid-writer-" + n, this.client.get("/author/valid-writer-" + n).body());
		HtmlChecker.assertValid(pages);
	}

}
