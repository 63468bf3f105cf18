package org.dateline.newsroom;

import java.util.LinkedHashMap;
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
 * Author profiles in the newsroom: editors create and edit any of them, renamed pages
 * keep redirecting, and writers edit only the bio and job title of their own.
 */
@NewsroomSiteTest
class AuthorDeskTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	JdbcClient jdbc;

	Newsroom as(Role role) {
		return Newsroom.as(this.client, this.staff, role);
	}

	Stories stories() {
		return new Stories(this.jdbc);
	}

	long staffId(Newsroom desk) {
		return this.staff.byEmail(desk.email).orElseThrow().id();
	}

	static Map<String, String> profile(String name, String slug, String jobTitle, String bio, String staff) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("slug", slug);
		form.put("jobTitle", jobTitle);
		form.put("bio", bio);
		form.put("staff", staff);
		return form;
	}

	long create(Newsroom editor, Map<String, String> profile) {
		SiteClient.Response created = editor.post("/newsroom/authors", profile);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String location = Stories.location(created);
		return Long.parseLong(location.replaceAll("^.*/newsroom/authors/(\\d+).*$", "$1"));
	}

	String column(long id, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM author WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void anEditorCreatesAProfileThatReadersSeeOnTheAuthorsPage() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		long id = create(editor,
				profile("Ingrid Solberg " + n, "", "Nordic correspondent", "Ingrid Solberg reports from Oslo.", ""));
		assertThat(column(id, "slug")).isEqualTo("ingrid-solberg-" + n);
		Document page = this.client.get("/author/ingrid-solberg-" + n).document();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Ingrid Solberg " + n);
		assertThat(page.selectFirst(".author-job-title").text()).isEqualTo("Nordic correspondent");
		assertThat(page.selectFirst(".list-description").text()).isEqualTo("Ingrid Solberg reports from Oslo.");
		assertThat(page.select("script[type=application/ld+json]").html())
			.contains("\"jobTitle\":\"Nordic correspondent\"");
		assertThat(editor.get("/newsroom/authors").document().selectFirst("#author-" + id + " a").text())
			.isEqualTo("Ingrid Solberg " + n);
	}

	@Test
	void aRenamedAuthorKeepsTheOldPageRedirectingAndBylinesFollowAtOnce() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		long id = create(editor, profile("Ana Ferreira " + n, "ana-" + n, "", "", ""));
		long world = this.sections.bySlug("world").orElseThrow().id();
		String story = stories().path(editor, stories().publish(editor, "Port strike ends " + n, world, "", id));
		this.client.get(story);
		assertThat(this.client.get(story).document().select(".byline a").eachAttr("href")).contains("/author/ana-" + n);

		SiteClient.Response saved = editor.post("/newsroom/authors/" + id,
				profile("Ana P. Ferreira " + n, "ana-ferreira-" + n, "", "", ""));
		assertThat(saved.status()).isEqualTo(302);
		SiteClient.Response old = this.client.get("/author/ana-" + n);
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.header("Location")).hasValue("/author/ana-ferreira-" + n);
		assertThat(this.client.get("/author/ana-" + n + "?page=2").header("Location"))
			.hasValue("/author/ana-ferreira-" + n + "?page=2");
		assertThat(this.client.get("/author/ana-ferreira-" + n).document().selectFirst("h1").text())
			.isEqualTo("Ana P. Ferreira " + n);
		Document fresh = this.client.get(story).document();
		assertThat(fresh.select(".byline a").eachText()).contains("Ana P. Ferreira " + n);
		assertThat(fresh.select(".byline a").eachAttr("href")).contains("/author/ana-ferreira-" + n);
	}

	@Test
	void aWriterEditsOnlyTheBioAndJobTitleOfTheirOwnProfile() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		for (Role role : new Role[] { Role.AUTHOR, Role.CONTRIBUTOR }) {
			Newsroom writer = as(role);
			long mine = create(editor, profile("Writer " + role + " " + n, "", "", "", Long.toString(staffId(writer))));
			long theirs = create(editor, profile("Someone else " + role + " " + n, "", "", "Their bio.", ""));
			Document list = writer.get("/newsroom/authors").document();
			assertThat(list.select("#author-" + mine + " a[href=/newsroom/authors/" + mine + "]")).hasSize(1);
			assertThat(list.select("#author-" + theirs + " a[href^=/newsroom/]")).isEmpty();
			assertThat(list.select("a[href=/newsroom/authors/new]")).isEmpty();

			Document form = writer.get("/newsroom/authors/" + mine).document();
			assertThat(form.selectFirst("#author-name")).as("no byline field").isNull();
			assertThat(form.selectFirst("#author-staff")).isNull();
			assertThat(form.selectFirst("#author-bio")).isNotNull();

			SiteClient.Response saved = writer.post("/newsroom/authors/" + mine,
					profile("Renamed by " + role, "renamed-" + n, "Night reporter", "My own bio.", ""));
			assertThat(saved.status()).as(role.name()).isEqualTo(302);
			assertThat(column(mine, "bio")).isEqualTo("My own bio.");
			assertThat(column(mine, "job_title")).isEqualTo("Night reporter");
			assertThat(column(mine, "name")).as("the byline is the editors'").isEqualTo("Writer " + role + " " + n);
			assertThat(column(mine, "slug")).isNotEqualTo("renamed-" + n);
			assertThat(column(mine, "staff_user_id")).isEqualTo(Long.toString(staffId(writer)));

			assertThat(writer.get("/newsroom/authors/" + theirs).status()).as(role.name()).isEqualTo(403);
			assertThat(
					writer.post("/newsroom/authors/" + theirs, profile("Taken over", "", "", "Mine now.", "")).status())
				.as(role.name())
				.isEqualTo(403);
			assertThat(column(theirs, "bio")).isEqualTo("Their bio.");
		}
	}

	@Test
	void aLinkedAccountsNewArticlesCarryItsByline() {
		Newsroom editor = as(Role.EDITOR);
		Newsroom author = as(Role.AUTHOR);
		String n = Stories.unique();
		long id = create(editor, profile("Linked Writer " + n, "", "", "", Long.toString(staffId(author))));
		assertThat(author.get("/newsroom/articles/new").document().selectFirst("#author-" + id).hasAttr("checked"))
			.isTrue();
	}

	@Test
	void mistakesAreExplainedAndNothingTypedIsLost() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		SiteClient.Response nameless = editor.post("/newsroom/authors",
				profile("", "", "Sports writer", "A bio I wrote " + n, ""));
		assertThat(nameless.status()).isEqualTo(422);
		assertThat(nameless.document().selectFirst(".form-message").text())
			.isEqualTo("Every author needs a name: it is the byline.");
		assertThat(nameless.document().selectFirst("#author-bio").wholeText()).isEqualTo("A bio I wrote " + n);
		assertThat(nameless.document().selectFirst("#author-job-title").val()).isEqualTo("Sports writer");

		assertThat(editor.post("/newsroom/authors", profile("Nobody " + n, "", "", "", "someone"))
			.document()
			.selectFirst(".form-message")
			.text()).isEqualTo("Choose the newsroom account from the list.");
		assertThat(editor.post("/newsroom/authors", profile("Nobody " + n, "", "", "", "99999999"))
			.document()
			.selectFirst(".form-message")
			.text()).isEqualTo("There is no newsroom account #99999999.");

		Newsroom writer = as(Role.AUTHOR);
		String account = Long.toString(staffId(writer));
		create(editor, profile("First Profile " + n, "", "", "", account));
		SiteClient.Response twice = editor.post("/newsroom/authors",
				profile("Second Profile " + n, "", "", "", account));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.document().selectFirst(".form-message").text())
			.isEqualTo("That account is already linked to “First Profile " + n + "”: an account has one profile.");
		assertThat(twice.document().selectFirst("#author-staff option[selected]").val()).isEqualTo(account);

		SiteClient.Response taken = editor.post("/newsroom/authors",
				profile("Maya Again " + n, "maya-okafor", "", "", ""));
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.document().selectFirst(".form-message").text())
			.isEqualTo("Another author already uses the slug \"maya-okafor\".");
	}

}
