package org.dateline.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Author profiles in the newsroom. Editors create and edit any profile; anyone else edits
 * only the bio and job title of the profile linked to their own account. A changed slug
 * keeps the old {@code /author/} page answering with a 301, for ever.
 */
@Service
public class AuthorService {

	static final int MAX_NAME = 100;

	static final int MAX_JOB_TITLE = 100;

	static final int MAX_BIO = 2000;

	private final AuthorRepository authors;

	private final ApplicationEventPublisher events;

	AuthorService(AuthorRepository authors, ApplicationEventPublisher events) {
		this.authors = authors;
		this.events = events;
	}

	public List<AuthorProfile> profiles() {
		return this.authors.profiles();
	}

	/**
	 * The profile, for someone who may edit it.
	 * @throws EditRefusedException (forbidden) for anyone else
	 */
	public AuthorProfile profile(long id, Actor actor) {
		AuthorProfile profile = find(id);
		checkMayEdit(profile, actor);
		return profile;
	}

	/** The author that had this slug before it was renamed: its old page leads there. */
	public Optional<Author> movedTo(String oldSlug) {
		return this.authors.history().currentSlugFor(oldSlug).flatMap(this.authors::findBySlug);
	}

	/** Creates a profile: editors only. */
	@Transactional
	public long create(AuthorDraft draft, Actor actor) {
		if (!actor.canEditOthers()) {
			throw EditRefusedException.forbidden("Only editors create author profiles.");
		}
		String slug = validate(draft, draft.name(), 0);
		return this.authors.insert(draft, slug);
	}

	/**
	 * Saves a profile. An editor changes everything; the owner of a linked account only
	 * the bio and the job title, whatever else the form sends.
	 */
	@Transactional
	public void update(long id, AuthorDraft draft, Actor actor) {
		AuthorProfile before = find(id);
		checkMayEdit(before, actor);
		Author author = before.author();
		AuthorDraft allowed = actor.canEditOthers() ? draft
				: new AuthorDraft(author.name(), author.slug(), draft.bio(), draft.jobTitle(), before.staffUserId());
		String slug = validate(allowed, author.slug(), id);
		this.authors.update(id, allowed);
		this.authors.history().rename(id, author.slug(), slug);
		Set<String> keys = new LinkedHashSet<>(
				List.of(SurrogateKeys.author(author.slug()), SurrogateKeys.author(slug)));
		if (!slug.equals(author.slug()) || !allowed.name().equals(author.name())) {
			keys.add(SurrogateKeys.SITE); // bylines link to it on every list and article
											// page
		}
		if (!allowed.name().equals(author.name())) {
			this.events.publishEvent(new ArticleLabelsChanged(this.authors.articleIds(id)));
		}
		this.events.publishEvent(new ContentChanged(keys));
	}

	private AuthorProfile find(long id) {
		return this.authors.profile(id).orElseThrow(() -> new AuthorNotFoundException("#" + id));
	}

	private static void checkMayEdit(AuthorProfile profile, Actor actor) {
		if (!actor.canEditOthers() && !profile.belongsTo(actor.staffId())) {
			throw EditRefusedException.forbidden("You can only edit your own author profile.");
		}
	}

	/**
	 * The slug the draft asks for (made from {@code otherwise} when it leaves it empty),
	 * or the reason it cannot be saved.
	 */
	private String validate(AuthorDraft draft, String otherwise, long id) {
		if (draft.name().isEmpty()) {
			throw EditRefusedException.invalid("Every author needs a name: it is the byline.");
		}
		if (draft.name().length() > MAX_NAME) {
			throw EditRefusedException
				.invalid("The name is too long for a byline (" + MAX_NAME + " characters at most).");
		}
		if (draft.jobTitle().length() > MAX_JOB_TITLE) {
			throw EditRefusedException.invalid("The job title is too long (" + MAX_JOB_TITLE + " characters at most).");
		}
		if (draft.bio().length() > MAX_BIO) {
			throw EditRefusedException.invalid("The bio is too long (" + MAX_BIO + " characters at most).");
		}
		String slug = Slugs.slugify(draft.slug().isEmpty() ? otherwise : draft.slug());
		if (slug.isEmpty()) {
			throw EditRefusedException.invalid("The slug needs at least one letter or digit.");
		}
		if (this.authors.history().usedByAnother(slug, id)) {
			throw EditRefusedException.invalid("Another author already uses the slug \"" + slug + "\".");
		}
		if (this.authors.history().usedBeforeByAnother(slug, id)) {
			throw EditRefusedException.invalid("The slug \"" + slug
					+ "\" belonged to another author before it was renamed, and its old links still lead there.");
		}
		if (draft.staffUserId() != null) {
			this.authors.linkedTo(draft.staffUserId(), id).ifPresent((other) -> {
				throw EditRefusedException
					.invalid("That account is already linked to “" + other.name() + "”: an account has one profile.");
			});
		}
		return slug;
	}

}
