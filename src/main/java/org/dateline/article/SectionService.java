package org.dateline.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.dateline.web.ContentChanged;
import org.dateline.web.NavLink;
import org.dateline.web.NavigationSource;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The site's sections. Every page shows them in its navigation, so the list is held in
 * memory and reloaded when a section changes. A renamed section keeps its old address
 * (and so its articles' old addresses) answering with a 301; a section with articles
 * cannot be deleted.
 */
@Service
public class SectionService implements NavigationSource {

	static final int MAX_NAME = 60;

	static final int MAX_DESCRIPTION = 300;

	/**
	 * First path segments the site answers itself: a section there would never be
	 * reached, or would hide the site's own pages.
	 */
	static final Set<String> RESERVED = Set.of("newsroom", "tag", "tags", "author", "authors", "comments", "preview",
			"media", "assets", "api", "search", "feed", "feeds", "actuator", "error", "login", "logout", "admin",
			"static", "favicon", "oembed");

	private final SectionRepository sections;

	private final AtomicReference<List<Section>> cached = new AtomicReference<>();

	/**
	 * Counts changes, so a list read while one was being committed is not kept after it.
	 */
	private final AtomicLong changes = new AtomicLong();

	private final ApplicationEventPublisher events;

	SectionService(SectionRepository sections, ApplicationEventPublisher events) {
		this.sections = sections;
		this.events = events;
	}

	public List<Section> all() {
		List<Section> all = this.cached.get();
		if (all == null) {
			long seen = this.changes.get();
			all = List.copyOf(this.sections.findAll());
			if (this.changes.get() == seen) {
				this.cached.compareAndSet(null, all);
			}
		}
		return all;
	}

	public Optional<Section> bySlug(String slug) {
		return all().stream().filter((s) -> s.slug().equals(slug)).findFirst();
	}

	public Optional<Section> byId(long id) {
		return all().stream().filter((s) -> s.id() == id).findFirst();
	}

	/** The section that had this slug before it was renamed: its old URLs lead there. */
	public Optional<Section> movedTo(String oldSlug) {
		return this.sections.history().currentSlugFor(oldSlug).flatMap(this::bySlug);
	}

	/** Articles in each section, whatever their status, by section id. */
	public Map<Long, Long> articleCounts() {
		return this.sections.articleCounts();
	}

	@Transactional
	public Section create(String slug, String name, String description) {
		return create(new SectionDraft(name, slug, description, null));
	}

	/**
	 * @throws EditRefusedException with a message for the editor when the draft cannot be
	 * saved
	 */
	@Transactional
	public Section create(SectionDraft draft) {
		String slug = validate(draft, draft.name(), 0);
		int position = draft.position() != null ? draft.position()
				: all().stream().mapToInt(Section::position).max().orElse(0) + 1;
		long id = this.sections.insert(slug, draft.name(), draft.description(), position);
		changed();
		return new Section(id, slug, draft.name(), draft.description(), position);
	}

	/**
	 * Saves a section's name, description and place; a new slug moves its front and every
	 * article in it to new addresses, and the old ones redirect there for ever.
	 */
	@Transactional
	public Section update(long id, SectionDraft draft) {
		Section before = byId(id).orElseThrow(() -> new SectionNotFoundException("#" + id));
		String slug = validate(draft, before.slug(), id);
		int position = draft.position() != null ? draft.position() : before.position();
		this.sections.update(id, draft.name(), draft.description(), position);
		this.sections.history().rename(id, before.slug(), slug);
		changed();
		return new Section(id, slug, draft.name(), draft.description(), position);
	}

	/** Deletes an empty section; one that has articles, even drafts, stays. */
	@Transactional
	public void delete(long id) {
		Section section = byId(id).orElseThrow(() -> new SectionNotFoundException("#" + id));
		long articles = this.sections.articleCount(id);
		if (articles > 0) {
			throw EditRefusedException
				.invalid("“" + section.name() + "” still has " + articles + (articles == 1 ? " article" : " articles")
						+ ", drafts included. Move " + (articles == 1 ? "it" : "them")
						+ " to another section first: only an empty section can be " + "deleted.");
		}
		this.sections.delete(id);
		changed();
	}

	@Override
	public List<NavLink> primary() {
		return all().stream().map((s) -> new NavLink(s.name(), s.path(), s.slug())).toList();
	}

	/**
	 * The slug the draft asks for (made from {@code otherwise} when it leaves it empty),
	 * or the reason it cannot be saved.
	 */
	private String validate(SectionDraft draft, String otherwise, long id) {
		if (draft.name().isEmpty()) {
			throw EditRefusedException.invalid("Every section needs a name.");
		}
		if (draft.name().length() > MAX_NAME) {
			throw EditRefusedException
				.invalid("Keep the name under " + MAX_NAME + " characters: it has to fit in the navigation.");
		}
		if (draft.description().length() > MAX_DESCRIPTION) {
			throw EditRefusedException
				.invalid("The description is too long (" + MAX_DESCRIPTION + " characters at most).");
		}
		if (draft.position() != null && (draft.position() < 0 || draft.position() > 9999)) {
			throw EditRefusedException.invalid("The position should be a number from 0 to 9999.");
		}
		String slug = Slugs.slugify(draft.slug().isEmpty() ? otherwise : draft.slug());
		if (slug.isEmpty() || !Slugs.isValid(slug)) {
			throw EditRefusedException.invalid("The slug needs at least one letter or digit.");
		}
		if (RESERVED.contains(slug)) {
			throw EditRefusedException.invalid("The site uses /" + slug + "/ itself: choose another slug.");
		}
		if (this.sections.history().usedByAnother(slug, id)) {
			throw EditRefusedException.invalid("Another section already uses the slug \"" + slug + "\".");
		}
		if (this.sections.history().usedBeforeByAnother(slug, id)) {
			throw EditRefusedException.invalid("The slug \"" + slug
					+ "\" belonged to another section before it was renamed, and its old links still lead there.");
		}
		return slug;
	}

	/**
	 * Every page shows the sections: purge them all, and reload the list here once the
	 * transaction ends, whether it commits or not.
	 */
	private void changed() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
	}

	/**
	 * Everything changed, here or on another node (whose section edits arrive as this
	 * event): the sections are read again.
	 */
	@EventListener
	void changed(ContentChanged event) {
		if (event.keys().contains(SurrogateKeys.SITE)) {
			forget();
		}
	}

	private void forget() {
		this.changes.incrementAndGet();
		this.cached.set(null);
	}

}
