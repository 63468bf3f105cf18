package org.dateline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dateline.XssCorpus;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.AuthorDraft;
import org.dateline.article.AuthorService;
import org.dateline.article.Correction;
import org.dateline.article.EditRefusedException;
import org.dateline.article.SectionDraft;
import org.dateline.article.SectionService;
import org.dateline.article.TagService;
import org.dateline.comment.CommentService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoFixtures;

/**
 * Writes the attack corpus into every field of the site that is shown anywhere, through
 * the services the newsroom's screens call: section names and descriptions, author names,
 * job titles and bios, photo alt texts, captions, credits, creators and copyrights, tag
 * names, headlines, deks, datelines, Markdown bodies, corrections, and commenters' names,
 * websites and comments. The fields rotate through the corpus (story {@code i} has vector
 * {@code i} as its headline, {@code i+1} as its dek...), so every vector passes through
 * every field once (but section names: see {@link #SECTION_STRIDE}); values are cut to
 * each field's limit.
 */
final class XssContent {

	/**
	 * Every page shows every section in its navigation: a section for each vector would
	 * make each page as slow as a few hundred, so sections take every 25th vector.
	 */
	static final int SECTION_STRIDE = 25;

	final List<String> vectors = XssCorpus.vectors();

	final List<Long> articles = new ArrayList<>();

	final List<Long> sections = new ArrayList<>();

	final List<Long> authors = new ArrayList<>();

	final List<Long> photos = new ArrayList<>();

	final List<Long> tags = new ArrayList<>();

	final StaffUser editor;

	final String password = "a long enough password";

	private final Actor actor;

	XssContent(StaffService staff) {
		this.editor = staff.create("xss.editor." + System.nanoTime() + "@newsroom.example", "XSS Editor", Role.ADMIN,
				this.password);
		this.actor = new Actor(this.editor.id(), this.editor.name(), true, true);
	}

	String path(ArticleEditing editing, long id) {
		return editing.load(id, this.actor).path();
	}

	/**
	 * Vector {@code i + shift}, around the end of the corpus, at most {@code max} long.
	 */
	String v(int i, int shift, int max) {
		return XssCorpus.clip(this.vectors.get((i + shift) % this.vectors.size()), max);
	}

	void write(SectionService sectionService, AuthorService authorService, MediaService media, TagService tagService,
			ArticleEditing editing, CommentService comments) {
		int n = this.vectors.size();
		byte[] picture = PhotoFixtures.png(32, 24);
		for (int i = 0; i < n; i += SECTION_STRIDE) {
			this.sections
				.add(sectionService.create(new SectionDraft(v(i, 0, 60), "xss-s" + i, v(i, 1, 300), 100 + i)).id());
		}
		for (int i = 0; i < n; i++) {
			this.authors.add(authorService
				.create(new AuthorDraft(v(i, 0, 100), "xss-a" + i, v(i, 1, 2000), v(i, 2, 100), null), this.actor));
			long photo = media.upload(picture, "xss-" + i + ".png", this.editor.id()).id();
			media.updateDetails(photo,
					new PhotoDetails(v(i, 0, 1000), v(i, 1, 2000), v(i, 2, 200), v(i, 3, 200), v(i, 4, 300)));
			this.photos.add(photo);
			try {
				this.tags.add(tagService.create(v(i, 0, 100), "xss-t" + i).id());
			}
			catch (EditRefusedException ex) {
				// two vectors that differ only in case or spacing make the same tag name
			}
		}
		for (int i = 0; i < n; i++) {
			ArticleDraft draft = new ArticleDraft(v(i, 0, 300), v(i, 1, 1000), "xss-" + i,
					this.sections.get(i % this.sections.size()), v(i, 2, 100),
					v(i, 3, 10_000) + "\n\nA second paragraph.\n\n![](photo:" + this.photos.get(i) + ")",
					this.photos.get((i + 1) % n), List.of(v(i, 0, 100), v(i, 4, 100)), List.of(this.authors.get(i)),
					true, null);
			long id = editing.create(draft, this.actor);
			editing.publish(id, editing.load(id, this.actor).version(), this.actor);
			editing.addCorrection(id, Correction.Kind.CORRECTION, v(i, 5, 2000), this.actor);
			comments.addApproved(id, null, v(i, 0, 100), "reader" + i + "@example.org",
					XssCorpus.clip("https://xss.invalid/" + this.vectors.get(i).replaceAll("\\s", "%20"), 200),
					v(i, 1, 5000), Instant.now().minusSeconds(60));
			this.articles.add(id);
		}
		StringBuilder everything = new StringBuilder();
		for (int i = 0; i < n; i++) {
			everything.append(this.vectors.get(i)).append("\n\n");
		}
		ArticleDraft all = new ArticleDraft("Every vector in one body", "The whole corpus as Markdown.", "xss-all",
				this.sections.getFirst(), "LISBON", everything.toString(), null, List.of(), List.of(), true, null);
		long id = editing.create(all, this.actor);
		editing.publish(id, editing.load(id, this.actor).version(), this.actor);
		this.articles.add(id);
	}

}
