package org.dateline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dateline.media.MediaService;
import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's work on articles: drafts, saves that never silently overwrite another
 * editor's, a revision for every save, publishing now or at a time, embargoes,
 * unpublishing and preview links. Desk roles come in as an {@link Actor}: contributors
 * write drafts, authors publish their own, editors anyone's.
 */
@Service
public class ArticleEditing {

	static final Duration PREVIEW_FOR = Duration.ofHours(48);

	private final ArticleEditRepository edits;

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final TagRepository tags;

	private final SectionService sections;

	private final ArticleBody body;

	private final MediaService media;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ArticleEditing(ArticleEditRepository edits, ArticleRepository articles, AuthorRepository authors,
			TagRepository tags, SectionService sections, ArticleBody body, MediaService media,
			ApplicationEventPublisher events, Clock clock) {
		this.edits = edits;
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.sections = sections;
		this.body = body;
		this.media = media;
		this.events = events;
		this.clock = clock;
	}

	public EditableArticle load(long id, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayEdit(row, actor);
		return editable(row);
	}

	public List<ListedArticle> list(ArticleFilter filter, int limit, int offset) {
		return this.edits.list(filter, limit, offset);
	}

	/** Creates a draft; the first revision keeps it. */
	@Transactional
	public long create(ArticleDraft draft, Actor actor) {
		validate(draft);
		Instant now = this.clock.instant();
		String slug = uniqueSlug(draft.slug().isBlank() ? draft.headline() : draft.slug(), 0);
		long id = this.edits.insertDraft(draft, slug, render(draft), actor.staffId(), now);
		replaceTagsAndBylines(id, draft);
		this.edits.insertRevision(id, 0, withSlug(draft, slug), actor.staffId(), now, "created");
		return id;
	}

	/**
	 * Saves the draft over the version the editor opened. If someone saved in between,
	 * nothing is overwritten: this version is kept as a revision and
	 * {@link EditConflictException} says so.
	 * @param markUpdated show readers an "updated" time (a substantive change to a
	 * published story)
	 * @return the new version
	 */
	@Transactional(noRollbackFor = EditConflictException.class)
	public int save(long id, int version, ArticleDraft draft, Actor actor, boolean markUpdated, String note) {
		ArticleEditRepository.Row row = row(id);
		checkMayEdit(row, actor);
		validate(draft);
		return save(row, version, draft, actor, markUpdated, note);
	}

	/** {@link #save} of a row already read, its editor and draft already checked. */
	private int save(ArticleEditRepository.Row row, int version, ArticleDraft draft, Actor actor, boolean markUpdated,
			String note) {
		long id = row.id();
		Instant now = this.clock.instant();
		String slug = draft.slug().isBlank() ? row.slug() : Slugs.slugify(draft.slug());
		if (!Slugs.isValid(slug)) {
			throw EditRefusedException.invalid("The slug may only have lowercase letters, digits and hyphens.");
		}
		if (!slug.equals(row.slug()) && this.edits.slugTaken(slug, id)) {
			throw EditRefusedException.invalid("Another article already uses the slug \"" + slug + "\".");
		}
		Instant updatedAt = markUpdated && row.status() == ArticleStatus.PUBLISHED ? now : null;
		// where readers saw it until now: a section, tag or byline it leaves is told too
		List<String> listedBefore = row.status() == ArticleStatus.PUBLISHED ? listedOn(id) : List.of();
		if (!this.edits.update(id, version, draft, slug, render(draft), actor.staffId(), now, updatedAt)) {
			long kept = this.edits.insertRevision(id, version, withSlug(draft, slug), actor.staffId(), now,
					"not saved: " + this.edits.lastSavedBy(id).orElse("someone") + " saved first");
			throw new EditConflictException(kept, row(id).version(), this.edits.lastSavedBy(id).orElse("someone"));
		}
		if (!slug.equals(row.slug())) {
			this.edits.forgetSlugHistory(slug);
			if (row.publishedAt() != null) {
				this.edits.insertSlugHistory(id, row.slug()); // its old URL keeps
																// answering, with a 301
			}
		}
		replaceTagsAndBylines(id, draft);
		this.edits.insertRevision(id, version + 1, withSlug(draft, slug), actor.staffId(), now, note);
		changed(id, row, !slug.equals(row.slug()) || row.sectionId() != draft.sectionId());
		if (row.status() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(id, ArticleLifecycle.Change.UPDATED, listedBefore));
		}
		return version + 1;
	}

	/**
	 * Saves as the editor's autosave does: a draft or a scheduled story, after the same
	 * checks as {@link #save}. A published story is refused with
	 * {@link AutosaveRefusedException}: its changes go live only when the desk saves
	 * them.
	 */
	@Transactional(noRollbackFor = EditConflictException.class)
	public int autosave(long id, int version, ArticleDraft draft, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayEdit(row, actor);
		validate(draft);
		if (row.status() == ArticleStatus.PUBLISHED) {
			throw new AutosaveRefusedException();
		}
		return save(row, version, draft, actor, false, "autosave");
	}

	/**
	 * Publishes now. A story published before keeps its original time, and so its URL.
	 */
	@Transactional
	public void publish(long id, int version, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayPublish(row, actor);
		Instant now = this.clock.instant();
		checkEmbargo(row, now);
		Instant publishedAt = row.publishedAt() != null && row.publishedAt().isBefore(now) ? row.publishedAt() : now;
		transition(row, version, ArticleStatus.PUBLISHED, publishedAt, actor, "published");
	}

	/**
	 * Publishes at a future time: the server does it then, with or without readers (see
	 * ArticleScheduler).
	 */
	@Transactional
	public void schedule(long id, int version, Instant at, Actor actor) {
		ArticleEditRepository.Row row = schedulable(id, at, actor);
		transition(row, version, ArticleStatus.SCHEDULED, at, actor, "scheduled");
	}

	/**
	 * Refuses what {@link #schedule} would refuse (the actor may not publish, a time not
	 * in the future, an embargo that ends later) without changing anything: the desk
	 * hears that before the editorial checklist's questions.
	 */
	public void checkSchedule(long id, Instant at, Actor actor) {
		schedulable(id, at, actor);
	}

	private ArticleEditRepository.Row schedulable(long id, Instant at, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayPublish(row, actor);
		if (!at.isAfter(this.clock.instant())) {
			throw EditRefusedException.invalid("Choose a time in the future, or publish now.");
		}
		checkEmbargo(row, at);
		return row;
	}

	/**
	 * Takes the article off the site; it keeps its publication time, so publishing it
	 * again restores its URL.
	 */
	@Transactional
	public void unpublish(long id, int version, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayPublish(row, actor);
		transition(row, version, ArticleStatus.DRAFT,
				row.status() == ArticleStatus.SCHEDULED ? null : row.publishedAt(), actor, "unpublished");
	}

	@Transactional
	public void addCorrection(long id, Correction.Kind kind, String text, Actor actor) {
		ArticleEditRepository.Row row = row(id);
		checkMayPublish(row, actor);
		if (text == null || text.isBlank()) {
			throw EditRefusedException.invalid("Write what was corrected.");
		}
		this.articles.insertCorrection(id, kind, text.strip(), this.clock.instant());
		changed(id, row, false);
		if (row.status() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(id, ArticleLifecycle.Change.UPDATED));
		}
	}

	public List<Revision> revisions(long id, Actor actor) {
		checkMayEdit(row(id), actor);
		return this.edits.revisions(id);
	}

	public Revision revision(long id, long revisionId, Actor actor) {
		checkMayEdit(row(id), actor);
		return this.edits.revision(id, revisionId)
			.orElseThrow(() -> new ArticleNotFoundException(id + " revision " + revisionId));
	}

	/**
	 * Makes a revision the current text again, as a new save (nothing is lost: the
	 * replaced text is a revision too).
	 */
	@Transactional
	public int restore(long id, long revisionId, int version, Actor actor) {
		Revision revision = revision(id, revisionId, actor);
		ArticleEditRepository.Row row = row(id);
		ArticleDraft restored = new ArticleDraft(revision.draft().headline(), revision.draft().dek(),
				revision.draft().slug(), revision.draft().sectionId(), revision.draft().dateline(),
				revision.draft().bodyMarkdown(), revision.draft().heroPhotoId(), revision.draft().tagNames(),
				revision.draft().authorIds(), row.commentsOpen(), row.embargoAt());
		return save(id, version, restored, actor, false, "restored revision " + revisionId);
	}

	/** A link anyone can open, for a limited time, to see the article as it will look. */
	@Transactional
	public String previewLink(long id, Actor actor) {
		checkMayEdit(row(id), actor);
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.edits.insertPreview(hash(token), id, actor.staffId(), this.clock.instant().plus(PREVIEW_FOR));
		return token;
	}

	/**
	 * The article behind a preview link, while the link is valid: drafts included, as
	 * readers will see it.
	 */
	public Optional<Article> previewed(String token) {
		return this.edits.previewArticle(hash(token), this.clock.instant())
			.flatMap(this.articles::findById)
			.map((article) -> new Article(article.id(), article.slug(), article.path(), article.headline(),
					article.dek(), article.dateline(), article.bodyHtml(), article.status(), article.section(),
					article.publishedAt() == null ? this.clock.instant() : article.publishedAt(), article.updatedAt(),
					article.modifiedAt(), article.hero(), false,
					this.authors.bylines(List.of(article.id())).getOrDefault(article.id(), List.of()),
					this.tags.forArticle(article.id()), this.articles.corrections(article.id())));
	}

	/**
	 * The article as a draft would look on its page, unsaved: the editor's live preview.
	 */
	public Article preview(ArticleDraft draft, Long id, Actor actor) {
		if (id != null) {
			checkMayEdit(row(id), actor);
		}
		Section section = this.sections.all()
			.stream()
			.filter((s) -> s.id() == draft.sectionId())
			.findFirst()
			.orElseThrow(() -> EditRefusedException.invalid("Choose a section."));
		List<Author> bylines = this.authors.byIds(draft.authorIds());
		List<Tag> tagged = draft.tagNames().stream().map((name) -> new Tag(0, Slugs.slugify(name), name)).toList();
		Optional<ArticleEditRepository.Row> saved = id == null ? Optional.empty() : this.edits.find(id);
		Instant publishedAt = saved.map(ArticleEditRepository.Row::publishedAt).orElse(null);
		return new Article(id == null ? 0 : id, draft.slug(), "/" + section.slug() + "/preview", draft.headline(),
				draft.dek(), draft.dateline(), render(draft), ArticleStatus.DRAFT, section,
				publishedAt == null ? this.clock.instant() : publishedAt, null, this.clock.instant(),
				draft.heroPhotoId() == null ? null : this.media.find(draft.heroPhotoId()).orElse(null), false, bylines,
				tagged, id == null ? List.of() : this.articles.corrections(id));
	}

	/** Every byline the site has, for the editor's choice of authors. */
	public List<Author> authors() {
		return this.authors.findAll();
	}

	/** The byline of a staff account, if it has one: a new article starts with it. */
	public Optional<Author> bylineOf(long staffId) {
		return this.authors.forStaff(staffId);
	}

	/** Existing tag names starting with these letters, for autocompletion. */
	public List<String> tagNames(String prefix, int limit) {
		return this.tags.namesStartingWith(prefix, limit);
	}

	/** A slug for a headline, unique among articles (a number is added when needed). */
	public String suggestSlug(String headline, long exceptArticle) {
		return uniqueSlug(headline, exceptArticle);
	}

	private void transition(ArticleEditRepository.Row row, int version, ArticleStatus status, Instant publishedAt,
			Actor actor, String note) {
		Instant now = this.clock.instant();
		if (!this.edits.setStatus(row.id(), version, status, publishedAt, actor.staffId(), now)) {
			throw new EditConflictException(0, row(row.id()).version(),
					this.edits.lastSavedBy(row.id()).orElse("someone"));
		}
		this.edits.insertRevision(row.id(), version + 1, current(row), actor.staffId(), now, note);
		changed(row.id(), row, true);
		if (status == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(row.id(), ArticleLifecycle.Change.PUBLISHED));
		}
		else if (row.status() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticleLifecycle(row.id(), ArticleLifecycle.Change.UNPUBLISHED));
		}
	}

	/** The list pages the article shows on as it is stored now. */
	private List<String> listedOn(long id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(Long.toString(id)));
		return ArticleLifecycle.listPages(article.section(), this.tags.forArticle(id),
				this.authors.bylines(List.of(id)).getOrDefault(id, List.of()));
	}

	private void checkEmbargo(ArticleEditRepository.Row row, Instant at) {
		if (row.embargoAt() != null && at.isBefore(row.embargoAt())) {
			throw EditRefusedException.invalid(
					"This story is under embargo until " + row.embargoAt() + ". Schedule it for that time or later.");
		}
	}

	private void checkMayEdit(ArticleEditRepository.Row row, Actor actor) {
		if (!actor.canEditOthers() && !isOwn(row, actor)) {
			throw EditRefusedException.forbidden("You can only edit the articles you wrote.");
		}
		if (!actor.canPublish() && row.status() != ArticleStatus.DRAFT) {
			throw EditRefusedException.forbidden("Once an article is scheduled or published, an editor changes it.");
		}
	}

	/**
	 * A story is someone's own when they created it or it carries their byline (an editor
	 * may file copy under a reporter's name; the reporter then looks after it).
	 */
	private boolean isOwn(ArticleEditRepository.Row row, Actor actor) {
		if (row.createdBy() != null && row.createdBy() == actor.staffId()) {
			return true;
		}
		return this.authors.forStaff(actor.staffId())
			.map((mine) -> this.authors.bylines(List.of(row.id()))
				.getOrDefault(row.id(), List.of())
				.stream()
				.anyMatch((author) -> author.id() == mine.id()))
			.orElse(false);
	}

	private void checkMayPublish(ArticleEditRepository.Row row, Actor actor) {
		checkMayEdit(row, actor);
		if (!actor.canPublish()) {
			throw EditRefusedException.forbidden("Contributors write drafts; an author or editor publishes them.");
		}
	}

	private void validate(ArticleDraft draft) {
		if (draft.headline().isBlank()) {
			throw EditRefusedException.invalid("Every article needs a headline.");
		}
		if (draft.headline().length() > 300) {
			throw EditRefusedException.invalid("The headline is too long to be a headline (300 characters at most).");
		}
		if (this.sections.all().stream().noneMatch((s) -> s.id() == draft.sectionId())) {
			throw EditRefusedException.invalid("Choose a section.");
		}
		if (draft.heroPhotoId() != null && this.media.find(draft.heroPhotoId()).isEmpty()) {
			throw EditRefusedException.invalid("There is no photo " + draft.heroPhotoId() + " in the media library.");
		}
		if (draft.authorIds().size() != this.authors.byIds(draft.authorIds()).size()) {
			throw EditRefusedException.invalid("One of the bylines is not an author of this site.");
		}
	}

	private String uniqueSlug(String text, long exceptArticle) {
		String base = Slugs.slugify(text);
		if (base.isEmpty()) {
			base = "story";
		}
		String slug = base;
		for (int n = 2; this.edits.slugTaken(slug, exceptArticle); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private void replaceTagsAndBylines(long id, ArticleDraft draft) {
		Set<Long> tagIds = new LinkedHashSet<>();
		for (String name : draft.tagNames()) {
			String slug = Slugs.slugify(name);
			if (!slug.isEmpty()) {
				tagIds.add(this.tags.findOrCreate(slug, name).id());
			}
		}
		this.tags.replaceTags(id, List.copyOf(tagIds));
		this.authors.replaceBylines(id, draft.authorIds());
	}

	private String render(ArticleDraft draft) {
		return this.body.render(draft.bodyMarkdown(), draft.dateline());
	}

	private ArticleEditRepository.Row row(long id) {
		return this.edits.find(id).orElseThrow(() -> new ArticleNotFoundException(Long.toString(id)));
	}

	private EditableArticle editable(ArticleEditRepository.Row row) {
		String path = this.articles.findById(row.id()).map(Article::path).orElse("");
		return new EditableArticle(row.id(), row.version(), row.status(), path, current(row), row.publishedAt(),
				row.updatedAt(), row.createdAt(), row.modifiedAt(), row.createdBy(),
				this.articles.corrections(row.id()));
	}

	private ArticleDraft current(ArticleEditRepository.Row row) {
		return new ArticleDraft(row.headline(), row.dek(), row.slug(), row.sectionId(), row.dateline(),
				row.bodyMarkdown(), row.heroPhotoId(), this.tags.forArticle(row.id()).stream().map(Tag::name).toList(),
				this.authors.bylines(List.of(row.id()))
					.getOrDefault(row.id(), List.of())
					.stream()
					.map(Author::id)
					.toList(),
				row.commentsOpen(), row.embargoAt());
	}

	private static ArticleDraft withSlug(ArticleDraft draft, String slug) {
		return new ArticleDraft(draft.headline(), draft.dek(), slug, draft.sectionId(), draft.dateline(),
				draft.bodyMarkdown(), draft.heroPhotoId(), draft.tagNames(), draft.authorIds(), draft.commentsOpen(),
				draft.embargoAt());
	}

	/**
	 * Purges what readers see of the article: its page and every list it is on (before
	 * and after the change).
	 */
	private void changed(long id, ArticleEditRepository.Row before, boolean everywhere) {
		Set<String> keys = new LinkedHashSet<>(
				List.of(SurrogateKeys.article(id), SurrogateKeys.FRONT, SurrogateKeys.section(before.sectionSlug())));
		if (everywhere) {
			keys.add(SurrogateKeys.SITE); // the URL or the section changed: every list
											// that links to it
		}
		this.tags.forArticle(id).forEach((tag) -> keys.add(SurrogateKeys.tag(tag.slug())));
		this.authors.bylines(List.of(id))
			.getOrDefault(id, List.of())
			.forEach((author) -> keys.add(SurrogateKeys.author(author.slug())));
		this.events.publishEvent(new ContentChanged(keys));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
