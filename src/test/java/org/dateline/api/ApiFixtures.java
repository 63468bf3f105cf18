package org.dateline.api;

import java.time.Instant;
import java.util.List;

import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;

/** Stories written, published and held back through the newsroom's own rules. */
final class ApiFixtures {

	private final ArticleEditing editing;

	private final SectionService sections;

	private final Actor editor;

	ApiFixtures(ArticleEditing editing, SectionService sections, StaffService staff) {
		this.editing = editing;
		this.sections = sections;
		StaffUser user = staff.create("api." + System.nanoTime() + "@newsroom.example", "Api Editor", Role.EDITOR,
				null);
		this.editor = new Actor(user.id(), user.name(), true, true);
	}

	ArticleDraft draft(String headline, String section, List<String> tags, Instant embargo) {
		return new ArticleDraft(headline, "A dek for " + headline, "", this.sections.bySlug(section).orElseThrow().id(),
				"OSLO, Norway", "The first paragraph of " + headline + ".\n\nThe second.", null, tags, List.of(), true,
				embargo);
	}

	long draft(String headline) {
		return this.editing.create(draft(headline, "world", List.of(), null), this.editor);
	}

	long published(String headline, String section, String... tags) {
		long id = this.editing.create(draft(headline, section, List.of(tags), null), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		return id;
	}

	/** Published once an embargo that has already lifted allowed it. */
	long published(String headline, String section, Instant embargoLifted) {
		long id = this.editing.create(draft(headline, section, List.of(), embargoLifted), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		return id;
	}

	long scheduled(String headline, Instant at) {
		long id = draft(headline);
		this.editing.schedule(id, this.editing.load(id, this.editor).version(), at, this.editor);
		return id;
	}

	long embargoed(String headline, Instant until) {
		return this.editing.create(draft(headline, "world", List.of(), until), this.editor);
	}

	void unpublish(long id) {
		this.editing.unpublish(id, this.editing.load(id, this.editor).version(), this.editor);
	}

}
