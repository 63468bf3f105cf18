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
 * The newsroom's work on tags: creating, renaming and merging them. A renamed tag's old
 * page, and a merged tag's, answer with a 301 to the tag that replaced it, for ever.
 */
@Service
public class TagService {

	static final int MAX_NAME = 100;

	/**
	 * Past this many articles, purging each article's page costs more than emptying the
	 * page cache.
	 */
	static final int PURGE_ONE_BY_ONE = 500;

	private final TagRepository tags;

	private final ApplicationEventPublisher events;

	TagService(TagRepository tags, ApplicationEventPublisher events) {
		this.tags = tags;
		this.events = events;
	}

	/** Tags whose name contains the query, A to Z, with their article counts. */
	public List<TagUsage> search(String query, int limit, int offset) {
		return this.tags.search(query, limit, offset);
	}

	public long count(String query) {
		return this.tags.count(query);
	}

	public Optional<Tag> byId(long id) {
		return this.tags.findById(id);
	}

	/** Articles filed under the tag, drafts included. */
	public long articleCount(long id) {
		return this.tags.articleIds(id).size();
	}

	/** The tag that had this slug before a rename or a merge: its old URLs lead there. */
	public Optional<Tag> movedTo(String oldSlug) {
		return this.tags.history().currentSlugFor(oldSlug).flatMap(this.tags::findBySlug);
	}

	/**
	 * @param slug the slug of its page, {@code /tag/{slug}}; made from the name when
	 * empty
	 * @throws EditRefusedException with a message for the editor
	 */
	@Transactional
	public Tag create(String name, String slug) {
		String cleanName = clean(name);
		String newSlug = validate(cleanName, slug == null || slug.isBlank() ? cleanName : slug, 0);
		Optional<Tag> sameName = this.tags.findByName(cleanName);
		if (sameName.isPresent()) {
			throw EditRefusedException.invalid("There is already a tag called “" + sameName.get().name() + "”.");
		}
		long id = this.tags.insert(newSlug, cleanName);
		return new Tag(id, newSlug, cleanName);
	}

	/**
	 * Renames a tag; a new slug moves its page, and the old address redirects there for
	 * ever.
	 */
	@Transactional
	public Tag rename(long id, String name, String slug) {
		Tag before = this.tags.findById(id).orElseThrow(() -> new TagNotFoundException("#" + id));
		String cleanName = clean(name);
		String newSlug = validate(cleanName, slug == null || slug.isBlank() ? before.slug() : slug, id);
		Optional<Tag> sameName = this.tags.findByName(cleanName).filter((t) -> t.id() != id);
		if (sameName.isPresent()) {
			throw EditRefusedException.invalid(
					"There is already a tag called “" + sameName.get().name() + "”. Merge this one into it instead.");
		}
		this.tags.rename(id, cleanName);
		this.tags.history().rename(id, before.slug(), newSlug);
		purge(id, before, newSlug);
		return new Tag(id, newSlug, cleanName);
	}

	/**
	 * Files every article of one tag under another (once, however often it had both),
	 * deletes the first, and sends its URLs to the other.
	 * @param into the name (or slug) of the tag that stays
	 * @return the tag that stays
	 */
	@Transactional
	public Tag merge(long fromId, String into) {
		Tag from = this.tags.findById(fromId).orElseThrow(() -> new TagNotFoundException("#" + fromId));
		String wanted = into == null ? "" : into.strip();
		if (wanted.isEmpty()) {
			throw EditRefusedException.invalid("Name the tag to merge “" + from.name() + "” into.");
		}
		String slug = Slugs.slugify(wanted);
		Tag target = this.tags.findByName(wanted)
			.or(() -> this.tags.findBySlug(slug))
			.or(() -> this.tags.history().currentSlugFor(slug).flatMap(this.tags::findBySlug))
			.orElseThrow(() -> EditRefusedException.invalid(
					"There is no tag “" + wanted + "” to merge into. Create it first, or rename this tag instead."));
		if (target.id() == from.id()) {
			throw EditRefusedException.invalid("A tag cannot be merged into itself: choose another tag.");
		}
		List<Long> articles = this.tags.articleIds(from.id());
		this.tags.merge(from, target);
		Set<String> keys = new LinkedHashSet<>(
				List.of(SurrogateKeys.tag(from.slug()), SurrogateKeys.tag(target.slug())));
		publish(keys, articles);
		return target;
	}

	/** A slug for a tag's name, as the page of a new tag would get it. */
	public String suggestSlug(String name) {
		return Slugs.slugify(name == null ? "" : name);
	}

	private String validate(String name, String slugText, long id) {
		if (name.isEmpty()) {
			throw EditRefusedException.invalid("Every tag needs a name.");
		}
		if (name.length() > MAX_NAME) {
			throw EditRefusedException.invalid("The name is too long for a tag (" + MAX_NAME + " characters at most).");
		}
		if (name.contains(",")) {
			throw EditRefusedException
				.invalid("A tag's name cannot contain a comma: the article editor separates tags with commas.");
		}
		String slug = Slugs.slugify(slugText);
		if (slug.isEmpty()) {
			throw EditRefusedException.invalid("The slug needs at least one letter or digit.");
		}
		if (this.tags.history().usedByAnother(slug, id)) {
			throw EditRefusedException.invalid("Another tag already uses the slug \"" + slug + "\".");
		}
		if (this.tags.history().usedBeforeByAnother(slug, id)) {
			throw EditRefusedException.invalid("The slug \"" + slug
					+ "\" belonged to another tag before a rename or merge, and its old links still lead there.");
		}
		return slug;
	}

	/**
	 * A tag's name and link appear on its own page and on the page of every article filed
	 * under it.
	 */
	private void purge(long id, Tag before, String newSlug) {
		Set<String> keys = new LinkedHashSet<>(List.of(SurrogateKeys.tag(before.slug()), SurrogateKeys.tag(newSlug)));
		publish(keys, this.tags.articleIds(id));
	}

	private void publish(Set<String> keys, List<Long> articles) {
		this.events.publishEvent(new ArticleLabelsChanged(articles));
		if (articles.size() > PURGE_ONE_BY_ONE) {
			keys.add(SurrogateKeys.SITE);
		}
		else {
			articles.forEach((article) -> keys.add(SurrogateKeys.article(article)));
		}
		this.events.publishEvent(new ContentChanged(keys));
	}

	private static String clean(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ");
	}

}
