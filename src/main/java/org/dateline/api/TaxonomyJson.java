package org.dateline.api;

import java.util.List;

import org.dateline.article.Author;
import org.dateline.article.Section;
import org.dateline.article.Tag;

/** Sections, tags and authors as the API shows them, and the lists of them. */
final class TaxonomyJson {

	private TaxonomyJson() {
	}

	record SectionJson(long id, String slug, String name, String description, String url, String articlesUrl) {

		static SectionJson of(Section section, ApiLinks links) {
			return new SectionJson(section.id(), section.slug(), section.name(), ApiLinks.orNull(section.description()),
					links.site(section.path()), links.api("/articles?section=" + section.slug()));
		}

	}

	/**
	 * @param articleCount how many published articles carry the tag
	 */
	record TagJson(long id, String slug, String name, long articleCount, String url, String articlesUrl) {

		static TagJson of(Tag tag, long articles, ApiLinks links) {
			return new TagJson(tag.id(), tag.slug(), tag.name(), articles, links.site(tag.path()),
					links.api("/articles?tag=" + tag.slug()));
		}

	}

	/** A tag an article is filed under. */
	record TagRef(long id, String slug, String name, String url) {

		static TagRef of(Tag tag, ApiLinks links) {
			return new TagRef(tag.id(), tag.slug(), tag.name(), links.site(tag.path()));
		}

	}

	/** A byline or an author profile: who wrote it, what they do, and their page. */
	record AuthorJson(long id, String slug, String name, String jobTitle, String bio, String url, String articlesUrl) {

		static AuthorJson of(Author author, ApiLinks links) {
			return new AuthorJson(author.id(), author.slug(), author.name(), ApiLinks.orNull(author.jobTitle()),
					ApiLinks.orNull(author.bio()), links.site(author.path()),
					links.api("/articles?author=" + author.slug()));
		}

	}

	/** A list that is never paged: every item at once. */
	record Items<T>(List<T> items) {
	}

}
