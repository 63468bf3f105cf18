package org.dateline.newsroom;

import java.util.HashMap;
import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing from the article editor over HTTP: the editorial checklist, publishing and
 * unpublishing, scheduling and embargoes, slugs and the old addresses they leave,
 * corrections and closing comments.
 */
@NewsroomSiteTest
class ArticlePublishingTests extends ArticleDeskFixture {

	@Test
	void theChecklistWarnsBeforePublishingAndTheDeskMayPublishAnyway() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "A story with no dek, no dateline and no photo");
		SiteClient.Response warned = act(editor, id, "publish", Map.of("dek", "", "dateline", "", "hero", ""));
		assertThat(warned.status()).as("saved, and asked to confirm").isEqualTo(200);
		assertThat(warned.document().select(".checklist li").eachText()).contains("There is no hero photo.",
				"The dateline is missing.", "The dek is empty.");
		assertThat(status(id)).isEqualTo("DRAFT");
		SiteClient.Response anyway = act(editor, id, "publish",
				Map.of("dek", "", "dateline", "", "hero", "", "confirm", "yes"));
		assertThat(anyway.status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("PUBLISHED");
	}

	@Test
	void aSlugChangedAfterPublicationKeepsTheOldAddressWorking() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Ferry timetable changes in Lisbon");
		act(editor, id, "publish", Map.of());
		String before = publicPath(id);
		act(editor, id, "save", Map.of("slug", "lisbon-ferry-timetable"));
		SiteClient.Response old = this.client.get(before);
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.header("Location")).hasValue(publicPath(id));
		assertThat(publicPath(id)).endsWith("/lisbon-ferry-timetable");
	}

	@Test
	void aNewArticleWhoseSlugIsTakenGetsTheNextFreeNumber() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		String headline = "Harbour cranes return " + n;
		String base = "harbour-cranes-return-" + n;
		long first = create(editor, headline);
		long second = create(editor, headline);
		assertThat(slug(first)).isEqualTo(base);
		assertThat(slug(second)).as("the same headline again").isEqualTo(base + "-2");
		assertThat(editor.get("/newsroom/articles/slug?headline=" + headline.replace(' ', '+')).body())
			.as("the editor's suggestion skips both")
			.isEqualTo("{\"slug\":\"" + base + "-3\"}");
		Map<String, String> typed = Newsroom.article("A different headline", this.world);
		typed.put("slug", base);
		SiteClient.Response created = editor.post("/newsroom/articles", typed);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long third = Newsroom.articleId(created);
		assertThat(slug(third)).as("a typed slug that is taken").isEqualTo(base + "-3");
		assertThat(editor.get("/newsroom/articles/" + third).document().selectFirst("#article-slug").val())
			.isEqualTo(base + "-3");
	}

	@Test
	void savingASlugAnotherArticleUsesIsRefusedAndKeepsWhatWasTyped() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		long taken = create(editor, "Bridge reopens " + n);
		long mine = create(editor, "Bridge closes " + n);
		SiteClient.Response refused = act(editor, mine, "save",
				Map.of("slug", slug(taken), "headline", "Bridge closes for the summer " + n));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst(".form-message").text())
			.isEqualTo("Another article already uses the slug \"" + slug(taken) + "\".");
		assertThat(refused.document().selectFirst("#article-headline").val()).as("their text is still on screen")
			.isEqualTo("Bridge closes for the summer " + n);
		assertThat(slug(mine)).isEqualTo("bridge-closes-" + n);
		assertThat(this.jdbc.sql("SELECT headline FROM article WHERE id = :id")
			.param("id", mine)
			.query(String.class)
			.single()).as("nothing was saved").isEqualTo("Bridge closes " + n);
		assertThat(act(editor, mine, "save", Map.of("slug", "bridge-closes-for-the-summer-" + n)).status())
			.as("a free slug saves")
			.isEqualTo(302);
		assertThat(slug(mine)).isEqualTo("bridge-closes-for-the-summer-" + n);
	}

	@Test
	void theOldAddressOfARenamedStoryIsNotFreeForANewOne() {
		Newsroom editor = as(Role.EDITOR);
		String n = Stories.unique();
		long renamed = create(editor, "Tram line extended " + n);
		act(editor, renamed, "publish", Map.of("confirm", "yes"));
		String old = slug(renamed);
		act(editor, renamed, "save", Map.of("slug", "tram-line-extension-" + n));
		Map<String, String> typed = Newsroom.article("Another tram story", this.world);
		typed.put("slug", old);
		SiteClient.Response created = editor.post("/newsroom/articles", typed);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long newcomer = Newsroom.articleId(created);
		assertThat(slug(newcomer)).isEqualTo(old + "-2");
		assertThat(act(editor, newcomer, "save", Map.of("slug", old)).status()).isEqualTo(422);
	}

	@Test
	void unpublishingTakesAStoryOffTheSite() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "A story that will be withdrawn");
		act(editor, id, "publish", Map.of());
		String path = publicPath(id);
		assertThat(this.client.get(path).status()).isEqualTo(200);
		act(editor, id, "unpublish", Map.of());
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(this.client.get(path).status()).isEqualTo(404);
	}

	@Test
	void schedulingNeedsAFutureTimeAndEmbargoesAreRespected() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "An embargoed report");
		String tomorrow = daysFromNow(1);
		String inTwoDays = daysFromNow(2);
		SiteClient.Response past = act(editor, id, "schedule", Map.of("scheduleAt", "2001-01-01T00:00"));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.document().selectFirst(".form-message").text())
			.isEqualTo("Choose a time in the future, or publish now.");
		act(editor, id, "save", Map.of("embargo", inTwoDays));
		assertThat(editor.get("/newsroom/articles/" + id).document().selectFirst(".editor-side .held-for").text())
			.as("the desk sees the embargo, apart from the schedule")
			.startsWith("Embargoed until");
		SiteClient.Response early = act(editor, id, "schedule", Map.of("scheduleAt", tomorrow));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.document().selectFirst(".form-message").text())
			.startsWith("This story is under embargo until");
		assertThat(act(editor, id, "publish", Map.of("confirm", "yes")).status()).isEqualTo(422);
		SiteClient.Response scheduled = act(editor, id, "schedule", Map.of("scheduleAt", inTwoDays));
		assertThat(scheduled.status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("SCHEDULED");
		assertThat(editor.get("/newsroom/articles?status=scheduled").document().select("tbody a").eachText())
			.contains("An embargoed report");
	}

	@Test
	void schedulingAsksTheChecklistsQuestionsTooAfterRefusingABadTime() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "A story scheduled without a dek");
		String tomorrow = daysFromNow(1);
		SiteClient.Response past = act(editor, id, "schedule", Map.of("dek", "", "scheduleAt", "2001-01-01T00:00"));
		assertThat(past.status()).as("a bad time is said first").isEqualTo(422);
		SiteClient.Response warned = act(editor, id, "schedule", Map.of("dek", "", "scheduleAt", tomorrow));
		assertThat(warned.status()).as("saved, and asked to confirm").isEqualTo(200);
		assertThat(warned.document().selectFirst(".notice-success").text())
			.isEqualTo("Saved. Check these before scheduling:");
		assertThat(warned.document().select(".checklist li").eachText()).containsExactly("The dek is empty.");
		assertThat(warned.document().select("button[value=schedule]").text()).isEqualTo("Schedule anyway");
		assertThat(status(id)).isEqualTo("DRAFT");
		SiteClient.Response anyway = act(editor, id, "schedule",
				Map.of("dek", "", "scheduleAt", tomorrow, "confirm", "yes"));
		assertThat(anyway.status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("SCHEDULED");
	}

	@Test
	void correctionsAddedInTheNewsroomAppearOnTheStory() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "A story that needs a correction");
		act(editor, id, "publish", Map.of());
		assertThat(editor
			.post("/newsroom/articles/" + id + "/corrections",
					Map.of("kind", "correction", "text", "An earlier version misnamed the ferry operator."))
			.status()).isEqualTo(302);
		Document page = this.client.get(publicPath(id)).document();
		assertThat(page.selectFirst(".corrections li").text())
			.contains("An earlier version misnamed the ferry operator.");
	}

	@Test
	void anUntickedCommentsBoxClosesComments() {
		Newsroom editor = as(Role.EDITOR);
		long id = create(editor, "Comments close on the bridge story");
		Map<String, String> form = new HashMap<>(Newsroom.article("Comments close on the bridge story", this.world));
		form.remove("commentsOpen");
		form.put("version", Integer.toString(version(id)));
		form.put("action", "save");
		assertThat(editor.post("/newsroom/articles/" + id, form).status()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT comments_open FROM article WHERE id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(
				editor.get("/newsroom/articles/" + id).document().selectFirst("#article-comments").hasAttr("checked"))
			.isFalse();
	}

}
