package org.dateline.article;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.dateline.web.ContentChanged;
import org.dateline.web.NavLink;
import org.dateline.web.NavigationSource;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's sections. Every page shows them in its navigation, so the list is held in
 * memory and reloaded when a section changes.
 */
@Service
public class SectionService implements NavigationSource {

	private final SectionRepository sections;

	private final AtomicReference<List<Section>> cached = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	SectionService(SectionRepository sections, ApplicationEventPublisher events) {
		this.sections = sections;
		this.events = events;
	}

	public List<Section> all() {
		List<Section> all = this.cached.get();
		if (all == null) {
			all = List.copyOf(this.sections.findAll());
			this.cached.set(all);
		}
		return all;
	}

	public Optional<Section> bySlug(String slug) {
		return all().stream().filter((s) -> s.slug().equals(slug)).findFirst();
	}

	@Transactional
	public Section create(String slug, String name, String description) {
		int position = all().stream().mapToInt(Section::position).max().orElse(0) + 1;
		long id = this.sections.insert(slug, name, description, position);
		this.cached.set(null);
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE)); // every page
																			// shows the
																			// sections
		return new Section(id, slug, name, description, position);
	}

	@Override
	public List<NavLink> primary() {
		return all().stream().map((s) -> new NavLink(s.name(), s.path(), s.slug())).toList();
	}

}
