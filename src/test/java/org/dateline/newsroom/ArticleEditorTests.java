package org.dateline.newsroom;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article editor over HTTP, desk role by desk role: writing, saving without
 * overwriting anyone, revisions, autosave, bylines, previews and the live preview.
 */
@NewsroomSiteTest
class ArticleEditorTests extends ArticleDeskFixture {

	@Test
	void aContributorWritesDraftsButCannotPublishOrTouchOthersWork() {
		Newsroom contributor = as(Role.CONTRIBUTOR);
		long mine = create(contributor, "Contributor writes about ferries");
		assertThat(status(mine)).isEqualTo("DRAFT");
		assertThat(
				this.jdbc.sql("SELECT slug FROM article WHERE id = :id").param("id", mine).query(String.class).single())
			.isEqualTo("contributor-writes-about-ferries");
		assertThat(act(contributor, mine, "save", Map.of("headline", "Contributor rewrites the headline")).status())
			.isEqualTo(302);
		assertThat(contributor.get("/newsroom/articles/" + mine)
			.document()
			.select("button[name=action][value=publish], button[name=action][value=schedule]"))
			.as("the editor offers a contributor no publish or schedule button")
			.isEmpty();
		assertThat(act(contributor, mine, "publish", Map.of()).status()).isEqualTo(403);
		assertThat(status(mine)).isEqualTo("DRAFT");
		long theirs = create(as(Role.AUTHOR), "Someone else's story");
		assertThat(contributor.get("/newsroom/articles/" + theirs).status()).isEqualTo(403);
		assertThat(contributor.get("/newsroom/articles").document().select("tbody a").eachText())
			.contains("Contributor rewrites the headline")
			.doesNotContain("Someone else's story");
	}

	@Test
	void anAuthorPublishesTheirOwnButNotAnyoneElses() {
		Newsroom author = as(Role.AUTHOR);
		long mine = create(author, "Author publishes a harbour story");
		SiteClient.Response published = act(author, mine, "publish", Map.of());
		assertThat(published.status()).isEqualTo(302);
		assertThat(status(mine)).isEqualTo("PUBLISHED");
		assertThat(this.client.get(publicPath(mine)).document().selectFirst("h1").text())
			.isEqualTo("Author publishes a harbour story");
		long editors = create(as(Role.EDITOR), "The editor's own story");
		assertThat(author.get("/newsroom/articles/" + editors).status()).isEqualTo(403);
		assertThat(act(as(Role.EDITOR), editors, "publish", Map.of()).status()).isEqualTo(302);
		assertThat(author
			.post("/newsroom/articles/" + editors,
					Map.of("version", "1", "action", "unpublish", "headline", "x", "section",
							Long.toString(this.world)))
			.status()).isEqualTo(403);
	}

	@Test
	void twoEditorsNeverSilentlyOverwriteEachOther() {
		Newsroom first = as(Role.EDITOR);
		Newsroom second = as(Role.EDITOR);
		long id = create(first, "Two editors, one story");
		int opened = version(id);
		assertThat(act(first, id, "save",
				Map.of("headline", "First editor's headline", "version", Integer.toString(opened)))
			.status()).isEqualTo(302);
		SiteClient.Response late = act(second, id, "save",
				Map.of("headline", "Second editor's headline", "version", Integer.toString(opened)));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.document().selectFirst(".form-message").text())
			.contains("saved this article while you were editing it");
		assertThat(late.document().selectFirst("#article-headline").val()).as("their own text is on screen")
			.isEqualTo("Second editor's headline");
		assertThat(this.jdbc.sql("SELECT headline FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("First editor's headline");
		assertThat(this.jdbc.sql("SELECT count(*) FROM article_revision WHERE article_id = :id AND headline = :h")
			.param("id", id)
			.param("h", "Second editor's headline")
			.query(Long.class)
			.single()).as("the version that lost is kept as a revision").isEqualTo(1);
	}

	@Test
	void everySaveIsARevisionThatCanBeComparedAndRestored() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Revision one");
		act(editor, id, "save",
				Map.of("headline", "Revision two", "body", "The first paragraph.\n\nA new second paragraph."));
		Document revisions = editor.get("/newsroom/articles/" + id + "/revisions").document();
		var rows = revisions.select("tbody tr");
		assertThat(rows).hasSize(2);
		long newest = Long.parseLong(rows.get(0).id().substring("revision-".length()));
		long oldest = Long.parseLong(rows.get(1).id().substring("revision-".length()));
		Document compare = editor
			.get("/newsroom/articles/" + id + "/revisions/compare?from=" + oldest + "&to=" + newest)
			.document();
		assertThat(compare.select(".diff-removed").eachText()).anyMatch((t) -> t.contains("Headline: Revision one"))
			.anyMatch((t) -> t.contains("The second paragraph."));
		assertThat(compare.select(".diff-added").eachText()).anyMatch((t) -> t.contains("Headline: Revision two"));
		SiteClient.Response restored = editor.post("/newsroom/articles/" + id + "/revisions/" + oldest + "/restore",
				Map.of("version", Integer.toString(version(id))));
		assertThat(restored.status()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT headline FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Revision one");
		assertThat(editor.get("/newsroom/articles/" + id + "/revisions").document().select("tbody tr")).hasSize(3);
	}

	@Test
	void aPreviewLinkShowsTheDraftToAnyoneForAWhile() {
		Newsroom author = as(Role.AUTHOR);
		long id = create(author, "A draft to show the desk");
		SiteClient.Response made = author.post("/newsroom/articles/" + id + "/preview-link", Map.of());
		String notice = author.follow(made).document().selectFirst(".notice-success").text();
		assertThat(notice).startsWith("Anyone with this link can see the article for 48 hours: ");
		String link = notice.substring(notice.indexOf("/preview/"));
		SiteClient.Response preview = this.client.get(link);
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.document().selectFirst("h1").text()).isEqualTo("A draft to show the desk");
		assertThat(preview.document().selectFirst("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(preview.header("Cache-Control")).hasValue("private, no-store");
		assertThat(this.client.get("/preview/not-a-real-preview-token-at-all").status()).isEqualTo(404);
	}

	@Test
	void aPreviewLinkStopsWorkingWhenItExpires() {
		Newsroom author = as(Role.AUTHOR);
		long id = create(author, "A draft shown for two days");
		Instant before = Instant.now();
		SiteClient.Response made = author.post("/newsroom/articles/" + id + "/preview-link", Map.of());
		String notice = author.follow(made).document().selectFirst(".notice-success").text();
		String link = notice.substring(notice.indexOf("/preview/"));
		assertThat(this.client.get(link).status()).isEqualTo(200);
		long expires = this.jdbc.sql("SELECT expires_at FROM article_preview WHERE article_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(Instant.ofEpochMilli(expires)).isBetween(before.plus(Duration.ofHours(48)),
				Instant.now().plus(Duration.ofHours(48)));
		// The site's Clock bean is the system clock and no test can move it, so the link
		// is aged instead: its expiry is set a second into the past, as it will be 48
		// hours from now.
		this.jdbc.sql("UPDATE article_preview SET expires_at = :past WHERE article_id = :id")
			.param("past", Instant.now().minusSeconds(1).toEpochMilli())
			.param("id", id)
			.update();
		SiteClient.Response expired = this.client.get(link);
		assertThat(expired.status()).isEqualTo(404);
		assertThat(expired.body()).doesNotContain("A draft shown for two days");
	}

	@Test
	void theLivePreviewRendersTheUnsavedDraftOnTheArticleTemplate() {
		Newsroom author = as(Role.AUTHOR);
		Map<String, String> draft = Newsroom.article("Unsaved headline for the preview", this.world);
		draft.put("body", "## A subhead\n\nSome **bold** text.");
		SiteClient.Response preview = author.post("/newsroom/articles/preview", draft);
		assertThat(preview.status()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.selectFirst("h1.headline").text()).isEqualTo("Unsaved headline for the preview");
		assertThat(page.selectFirst(".story-body .dateline").text()).isEqualTo("LISBON, Portugal");
		assertThat(page.selectFirst(".story-body h2").text()).isEqualTo("A subhead");
		assertThat(page.selectFirst("figure.hero")).isNotNull();
	}

	@Test
	void theLivePreviewOfAnArticleFollowsTheSameRulesAsEditingIt() {
		long editors = create(as(Role.EDITOR), "An editor's embargoed scoop");
		Map<String, String> draft = Newsroom.article("Peeking at the scoop", this.world);
		assertThat(as(Role.AUTHOR).post("/newsroom/articles/preview?id=" + editors, draft).status()).isEqualTo(403);
		assertThat(as(Role.EDITOR).post("/newsroom/articles/preview?id=" + editors, draft).status()).isEqualTo(200);
	}

	@Test
	void aStoryFiledUnderAReportersBylineIsTheirsToLookAfter() {
		Newsroom reporter = as(Role.AUTHOR);
		long staffId = this.staff.byEmail(reporter.email).orElseThrow().id();
		long profile = this.articles.createAuthor("reporter-" + staffId, "Reporter " + staffId, "");
		this.jdbc.sql("UPDATE author SET staff_user_id = :staff WHERE id = :id")
			.param("staff", staffId)
			.param("id", profile)
			.update();
		Newsroom editor = as(Role.EDITOR);
		Map<String, String> form = Newsroom.article("Filed for the reporter", this.world);
		SiteClient.Response created = editor.browser.post("/newsroom/articles",
				withCsrf(editor, form, "authors", Long.toString(profile)));
		long id = Newsroom.articleId(created);
		assertThat(reporter.get("/newsroom/articles/" + id).status()).isEqualTo(200);
		assertThat(act(reporter, id, "save", Map.of("headline", "Filed for the reporter, polished")).status())
			.isEqualTo(302);
		assertThat(as(Role.AUTHOR).get("/newsroom/articles/" + id).status()).as("not everyone's").isEqualTo(403);
		assertThat(reporter.get("/newsroom/articles").document().select("tbody a").eachText())
			.as("and in their list of articles")
			.contains("Filed for the reporter, polished");
		assertThat(as(Role.AUTHOR).get("/newsroom/articles").document().select("tbody a").eachText())
			.doesNotContain("Filed for the reporter, polished");
	}

	@Test
	void aStoryWithTwoBylinesShowsBothInTheEditorAndOnItsPage() {
		String n = Stories.unique();
		long first = this.articles.createAuthor("ana-reis-" + n, "Ana Reis " + n, "");
		long second = this.articles.createAuthor("bruno-lima-" + n, "Bruno Lima " + n, "");
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Two reporters on the dock strike " + n);
		Map<String, String> form = Newsroom.article("Two reporters on the dock strike " + n, this.world);
		form.remove("authors");
		form.put("version", Integer.toString(version(id)));
		form.put("action", "save");
		List<String> both = List.of(Long.toString(first), Long.toString(second));
		assertThat(editor.post("/newsroom/articles/" + id, form, "authors", both).status()).isEqualTo(302);
		assertThat(editor.get("/newsroom/articles/" + id)
			.document()
			.select("#article-form input[name=authors][checked]")
			.eachAttr("value")).as("both ticked, and the byline the draft started with no longer")
			.containsExactlyInAnyOrderElementsOf(both);
		form.put("version", Integer.toString(version(id)));
		form.put("action", "publish");
		form.put("confirm", "yes");
		assertThat(editor.post("/newsroom/articles/" + id, form, "authors", both).status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("PUBLISHED");
		Document page = this.client.get(publicPath(id)).document();
		assertThat(page.selectFirst("p.byline").text()).isEqualTo("By Ana Reis " + n + " and Bruno Lima " + n);
		assertThat(page.select("p.byline a[rel=author]").eachAttr("href")).containsExactly("/author/ana-reis-" + n,
				"/author/bruno-lima-" + n);
	}

	private static Map<String, String> withCsrf(Newsroom desk, Map<String, String> form, String name, String value) {
		Map<String, String> fields = new HashMap<>(form);
		fields.put(name, value);
		fields.put("_csrf", SignIn.csrf(desk.browser, "/newsroom/"));
		return fields;
	}

	@Test
	void autosaveSavesQuietlyAndRefusesToOverwriteAnotherSave() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Autosaved story");
		Map<String, String> form = Newsroom.article("Autosaved story, typed further", this.world);
		form.put("version", Integer.toString(version(id)));
		SiteClient.Response saved = editor.post("/newsroom/articles/" + id + "/autosave", form);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":" + version(id));
		form.put("headline", "A stale autosave");
		SiteClient.Response stale = editor.post("/newsroom/articles/" + id + "/autosave", form);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("kept as revision");
	}

	@Test
	void aNewArticleIsCreatedByItsFirstAutosaveOnceItHasAHeadline() {
		Newsroom contributor = as(Role.CONTRIBUTOR);
		String headline = "Autosaved before its first Save " + System.nanoTime();
		Map<String, String> empty = Newsroom.article("", this.world);
		SiteClient.Response refused = contributor.post("/newsroom/articles/autosave", empty);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("\"message\"");
		SiteClient.Response created = contributor.post("/newsroom/articles/autosave",
				Newsroom.article(headline, this.world));
		assertThat(created.status()).isEqualTo(201);
		long id = this.jdbc.sql("SELECT id FROM article WHERE headline = :h")
			.param("h", headline)
			.query(Long.class)
			.single();
		assertThat(created.body()).contains("\"id\":" + id)
			.contains("\"version\":" + version(id))
			.contains("\"edit\":\"/newsroom/articles/" + id + "\"");
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(contributor.get("/newsroom/articles/" + id).status()).as("theirs to go on with").isEqualTo(200);
	}

	@Test
	void anAutosaveThatLostToAnotherSaveIsKeptAsARevision() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Two desks on one draft");
		Map<String, String> form = Newsroom.article("Two desks on one draft, the first", this.world);
		form.put("version", Integer.toString(version(id)));
		assertThat(editor.post("/newsroom/articles/" + id + "/autosave", form).status()).isEqualTo(200);
		form.put("headline", "Two desks on one draft, typed on a stale page");
		assertThat(editor.post("/newsroom/articles/" + id + "/autosave", form).status()).isEqualTo(409);
		assertThat(this.jdbc.sql("SELECT headline FROM article_revision WHERE article_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).as("the losing text is not lost").contains("Two desks on one draft, typed on a stale page");
	}

	@Test
	void aPublishedStoryIsNeverAutosavedSoReadersNeverSeeHalfTypedText() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "A live story being edited");
		act(editor, id, "publish", Map.of());
		int version = version(id);
		Map<String, String> form = Newsroom.article("A live story being edi", this.world);
		form.put("version", Integer.toString(version));
		SiteClient.Response refused = editor.post("/newsroom/articles/" + id + "/autosave", form);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("A published story is not saved automatically");
		assertThat(version(id)).isEqualTo(version);
		assertThat(this.client.get(publicPath(id)).document().selectFirst("h1").text())
			.isEqualTo("A live story being edited");
		assertThat(
				editor.get("/newsroom/articles/" + id).document().selectFirst("#article-form").attr("data-published"))
			.as("the page tells its script not to try")
			.isEqualTo("true");
	}

	@Test
	void mistakesInTheFormAreExplainedAndNothingIsLost() {
		Newsroom editor = as(Role.EDITOR);
		Map<String, String> form = Newsroom.article("", this.world);
		form.put("body", "Everything I typed 🙂");
		SiteClient.Response response = editor.post("/newsroom/articles", form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().selectFirst(".form-message").text())
			.isEqualTo("Every article needs a headline.");
		assertThat(response.document().selectFirst("#article-body").wholeText()).isEqualTo("Everything I typed 🙂");
		form.put("headline", "A headline");
		form.put("hero", "nine");
		assertThat(editor.post("/newsroom/articles", form).document().selectFirst(".form-message").text())
			.isEqualTo("The hero photo should be a number, not \"nine\".");
	}

	@Test
	void tagsAutocompleteAndSlugsAreSuggested() {
		Newsroom author = as(Role.AUTHOR);
		assertThat(author.get("/newsroom/tags.json?q=tra").body()).contains("Transport").contains("Trade");
		assertThat(author.get("/newsroom/articles/slug?headline=Ferry+crews+return").body())
			.isEqualTo("{\"slug\":\"ferry-crews-return\"}");
	}

	@Test
	void anonymousVisitorsReachNoEditorScreen() {
		for (String path : new String[] { "/newsroom/articles", "/newsroom/articles/new", "/newsroom/articles/1",
				"/newsroom/articles/1/revisions", "/newsroom/tags.json" }) {
			assertThat(this.client.get(path).status()).as(path).isEqualTo(302);
		}
	}

}
