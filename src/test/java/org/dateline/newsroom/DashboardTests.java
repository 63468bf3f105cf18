package org.dateline.newsroom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.Actor;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard shows each desk role what needs its attention. */
@NewsroomSiteTest
class DashboardTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	ArticleEditing editing;

	long draft(Newsroom desk, String headline) {
		SiteClient.Response created = desk.post("/newsroom/articles",
				Newsroom.article(headline, this.sections.bySlug("world").orElseThrow().id()));
		return Newsroom.articleId(created);
	}

	static List<String> headlines(Document page, String section) {
		return page.select("section[aria-labelledby=" + section + "] .short-list a").eachText();
	}

	@Test
	void editorsSeeTheirDraftsTheDesksDraftsAndWhatGoesOutNext() {
		Newsroom editor = Newsroom.as(this.client, this.staff, Role.EDITOR);
		Newsroom contributor = Newsroom.as(this.client, this.staff, Role.CONTRIBUTOR);
		draft(editor, "Editor drafts the council budget");
		draft(contributor, "Contributor files from the fish market");
		long scheduled = draft(editor, "Scheduled report on the night ferry");
		long editorId = this.staff.byEmail(editor.email).orElseThrow().id();
		Actor actor = new Actor(editorId, "Editor", true, true);
		this.editing.schedule(scheduled, this.editing.load(scheduled, actor).version(),
				Instant.now().plus(Duration.ofDays(3)), actor);

		Document page = editor.get("/newsroom/").document();
		assertThat(headlines(page, "my-drafts")).contains("Editor drafts the council budget")
			.doesNotContain("Contributor files from the fish market");
		assertThat(headlines(page, "desk-drafts")).contains("Contributor files from the fish market")
			.doesNotContain("Editor drafts the council budget");
		assertThat(headlines(page, "scheduled")).contains("Scheduled report on the night ferry");
		assertThat(headlines(page, "published")).isNotEmpty();
	}

	@Test
	void contributorsSeeOnlyTheirOwnWork() {
		Newsroom editor = Newsroom.as(this.client, this.staff, Role.EDITOR);
		Newsroom contributor = Newsroom.as(this.client, this.staff, Role.CONTRIBUTOR);
		draft(editor, "An editor's private draft");
		draft(contributor, "A contributor's first draft");
		Document page = contributor.get("/newsroom/").document();
		assertThat(headlines(page, "my-drafts")).containsExactly("A contributor's first draft");
		assertThat(page.selectFirst("#desk-drafts")).isNull();
		assertThat(page.text()).doesNotContain("An editor's private draft");
	}

}
