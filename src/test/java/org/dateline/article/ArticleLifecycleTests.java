package org.dateline.article;

import java.util.List;

import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle events search, feeds and webhooks rely on: published, updated only while
 * on the site, unpublished; nothing for drafts.
 */
@NewsroomSiteTest
@RecordApplicationEvents
class ArticleLifecycleTests {

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	ApplicationEvents events;

	Actor editor;

	@BeforeEach
	void setUp() {
		StaffUser user = this.staff.create("lifecycle." + System.nanoTime() + "@newsroom.example", "Lifecycle Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
	}

	ArticleDraft draft(String headline) {
		return new ArticleDraft(headline, "A dek.", "", this.sections.bySlug("world").orElseThrow().id(), "OSLO",
				"A paragraph.", null, List.of(), List.of(), true, null);
	}

	List<ArticleLifecycle.Change> changes(long id) {
		return this.events.stream(ArticleLifecycle.class)
			.filter((event) -> event.articleId() == id)
			.map(ArticleLifecycle::change)
			.toList();
	}

	@Test
	void aStoryIsAnnouncedWhenItGoesOutChangesAndComesOff() {
		long id = this.editing.create(draft("Lifecycle of a harbour story"), this.editor);
		int version = this.editing.save(id, this.editing.load(id, this.editor).version(),
				draft("Lifecycle of a harbour story, revised"), this.editor, false, "");
		assertThat(changes(id)).as("drafts are nobody's business").isEmpty();
		this.editing.publish(id, version, this.editor);
		version = this.editing.load(id, this.editor).version();
		version = this.editing.save(id, version, draft("Lifecycle of a harbour story, updated"), this.editor, true, "");
		this.editing.addCorrection(id, Correction.Kind.CORRECTION, "The harbour is in Oslo.", this.editor);
		this.editing.unpublish(id, this.editing.load(id, this.editor).version(), this.editor);
		assertThat(changes(id)).containsExactly(ArticleLifecycle.Change.PUBLISHED, ArticleLifecycle.Change.UPDATED,
				ArticleLifecycle.Change.UPDATED, ArticleLifecycle.Change.UNPUBLISHED);
	}

}
