package org.dateline.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dateline.api.PhotoJson.VariantJson;
import org.dateline.article.Article;
import org.dateline.article.Author;
import org.dateline.article.Correction;
import org.dateline.article.Tag;
import org.dateline.media.Photo;
import org.jsoup.Jsoup;

/**
 * An article in IPTC ninjs 2.1 (News in JSON), the form news agencies and their clients
 * exchange stories in. Field names are the standard's own; absent fields are left out.
 * The dek is the {@code sub} headline, the dateline is {@code located}, the section and
 * tags are {@code subjects}, the hero photo is the {@code featureimage} association (a
 * ninjs picture whose renditions are the published variants), and corrections follow the
 * body as bodies of role {@code correction}.
 */
record NinjsJson(String uri, String type, String representationtype, String version, String firstcreated,
		String versioncreated, String embargoed, String pubstatus, String language, String copyrightholder,
		String slugline, List<Text> headlines, List<Body> bodies, String by, String located, List<Subject> subjects,
		List<Association> associations, List<AltId> altids, Standard standard) {

	static final String VERSION = "2.1";

	static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

	/** A headline or a description: {@code value} with an optional role and type. */
	record Text(String role, String contenttype, String value) {
	}

	record Body(String role, String contenttype, Integer charcount, Integer wordcount, String value) {
	}

	record Subject(String name, String rel, String uri, String literal) {
	}

	record Association(String name, String uri, String type, String representationtype, String by,
			String copyrightholder, List<Text> headlines, List<Text> descriptions, List<Rendition> renditions) {
	}

	record Rendition(String name, String href, String contenttype, Integer width, Integer height) {
	}

	record AltId(String role, String value) {
	}

	record Standard(String name, String version, String schema) {
	}

	/**
	 * @param embargo when the embargo the story was held under lifted, or null: ninjs's
	 * {@code embargoed}
	 */
	static NinjsJson of(Article article, Instant embargo, ApiLinks links) {
		List<Text> headlines = new ArrayList<>(List.of(new Text("main", "text/plain", article.headline())));
		if (!article.dek().isBlank()) {
			headlines.add(new Text("sub", "text/plain", article.dek()));
		}
		String text = Jsoup.parse(article.bodyHtml()).text();
		List<Body> bodies = new ArrayList<>(
				List.of(new Body("main", "text/html", text.length(), words(text), article.bodyHtml())));
		for (Correction correction : article.corrections()) {
			bodies.add(new Body("correction", "text/plain", null, null, correction.kind().label() + " ("
					+ links.time(correction.publishedAt()) + "): " + correction.text()));
		}
		List<Subject> subjects = new ArrayList<>();
		subjects.add(new Subject(article.section().name(), "section", links.site(article.section().path()),
				article.section().slug()));
		for (Tag tag : article.tags()) {
			subjects.add(new Subject(tag.name(), "tag", links.site(tag.path()), tag.slug()));
		}
		String versioncreated = links.time(article.wasUpdated() ? article.updatedAt() : article.publishedAt());
		return new NinjsJson(links.api("/articles/" + article.id()), "text", "full",
				Long.toString(article.modifiedAt().toEpochMilli()), links.time(article.publishedAt()), versioncreated,
				embargo == null ? null : links.time(embargo), "usable", links.language(), links.siteName(),
				article.slug(), headlines, bodies, byline(article), ApiLinks.orNull(article.dateline()), subjects,
				article.hasHero() ? List.of(picture(article.hero(), links)) : null,
				List.of(new AltId("canonical-url", links.site(article.path()))),
				new Standard("ninjs", VERSION, SCHEMA));
	}

	private static Association picture(Photo photo, ApiLinks links) {
		List<Text> descriptions = new ArrayList<>();
		if (photo.hasCaption()) {
			descriptions.add(new Text("caption", "text/plain", photo.caption()));
		}
		if (!photo.alt().isBlank()) {
			descriptions.add(new Text("alt", "text/plain", photo.alt()));
		}
		if (photo.hasCredit()) {
			descriptions.add(new Text("creditline", "text/plain", photo.credit()));
		}
		List<Rendition> renditions = PhotoJson.variants(photo, links)
			.stream()
			.map((VariantJson v) -> new Rendition(v.name(), v.url(), "image/jpeg", v.width(), v.height()))
			.toList();
		return new Association("featureimage", links.api("/photos/" + photo.id()), "picture", "full",
				ApiLinks.orNull(photo.creator()), ApiLinks.orNull(photo.copyright()),
				photo.hasCaption() ? List.of(new Text(null, "text/plain", photo.caption())) : null, descriptions,
				renditions);
	}

	/** "Ana Ruiz", "Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee and Li Wei". */
	private static String byline(Article article) {
		List<String> names = article.authors().stream().map(Author::name).toList();
		if (names.isEmpty()) {
			return null;
		}
		if (names.size() == 1) {
			return names.getFirst();
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
	}

	private static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
