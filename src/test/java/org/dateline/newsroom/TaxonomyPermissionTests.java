package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches the section, tag and author screens, desk role by desk role: every address
 * checked on the server, whatever the navigation shows.
 */
@NewsroomSiteTest
class TaxonomyPermissionTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	long section;

	long tag;

	long author;

	@BeforeEach
	void setUp() {
		Stories stories = new Stories(this.jdbc);
		this.section = stories.sectionId("culture");
		this.tag = this.jdbc.sql("SELECT min(id) FROM tag").query(Long.class).single();
		this.author = stories.authorId("maya-okafor");
	}

	/** Pages only editors and admins may open. */
	List<String> editorPages() {
		return List.of("/newsroom/sections", "/newsroom/sections/new", "/newsroom/sections/" + this.section,
				"/newsroom/tags", "/newsroom/tags?q=a", "/newsroom/tags/new", "/newsroom/tags/" + this.tag,
				"/newsroom/authors/new", "/newsroom/authors/" + this.author);
	}

	/** Forms only editors and admins may send, with fields that would change nothing. */
	Map<String, Map<String, String>> editorForms() {
		return Map.of("/newsroom/sections", Map.of("name", ""), "/newsroom/sections/" + this.section,
				Map.of("name", ""), "/newsroom/sections/" + this.section + "/delete", Map.of(), "/newsroom/tags",
				Map.of("name", ""), "/newsroom/tags/" + this.tag, Map.of("name", ""),
				"/newsroom/tags/" + this.tag + "/merge", Map.of("into", ""), "/newsroom/authors", Map.of("name", ""),
				"/newsroom/authors/" + this.author, Map.of("name", ""));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		List<String> pages = new java.util.ArrayList<>(editorPages());
		pages.addAll(List.of("/newsroom/authors", "/newsroom/slug?text=Hello"));
		for (String path : pages) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.header("Location")).as(path)
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in"));
		}
		SiteClient browser = this.client.browser();
		String csrf = SignIn.csrf(browser, "/newsroom/sign-in");
		for (String path : editorForms().keySet()) {
			SiteClient.Response response = browser.post(path, Map.of("_csrf", csrf, "name", "Anonymous"));
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.header("Location")).as(path)
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/sign-in"));
		}
		assertThat(this.client.post("/newsroom/sections", Map.of("name", "No token")).status()).isEqualTo(403);
	}

	@Test
	void contributorsAndAuthorsCannotManageSectionsTagsOrOtherPeoplesProfiles() {
		for (Role role : new Role[] { Role.CONTRIBUTOR, Role.AUTHOR }) {
			Newsroom desk = Newsroom.as(this.client, this.staff, role);
			for (String path : editorPages()) {
				assertThat(desk.get(path).status()).as(role + " GET " + path).isEqualTo(403);
			}
			editorForms().forEach((path, form) -> assertThat(desk.post(path, form).status()).as(role + " POST " + path)
				.isEqualTo(403));
			assertThat(desk.get("/newsroom/authors").status()).as(role + " sees the authors").isEqualTo(200);
			assertThat(desk.get("/newsroom/").document().select(".desk-nav a").eachText()).as(role.name())
				.contains("Authors")
				.doesNotContain("Sections", "Tags");
		}
	}

	@Test
	void editorsAndAdminsManageThemAll() {
		for (Role role : new Role[] { Role.EDITOR, Role.ADMIN }) {
			Newsroom desk = Newsroom.as(this.client, this.staff, role);
			for (String path : editorPages()) {
				assertThat(desk.get(path).status()).as(role + " GET " + path).isEqualTo(200);
			}
			editorForms().forEach((path, form) -> assertThat(desk.post(path, form).status())
				.as(role + " POST " + path + " is answered with what to fix")
				.isEqualTo(422));
			assertThat(desk.get("/newsroom/").document().select(".desk-nav a").eachText()).as(role.name())
				.contains("Sections", "Tags", "Authors");
			assertThat(desk.get("/newsroom/slug?text=Science+%26+Climate").body())
				.isEqualTo("{\"slug\":\"science-and-climate\"}");
		}
	}

}
