package org.dateline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.dateline.article.ArticleStatus;
import org.dateline.article.Author;
import org.dateline.article.NewArticle;
import org.dateline.article.Slugs;
import org.dateline.media.LibraryPhoto;
import org.dateline.site.SiteSettings;

/**
 * One story as an IPTC ninjs 2.1 file, in the shape the content API's ninjs has (see
 * api.NinjsJson, which this feature may not call: it renders published articles for
 * readers, an export takes drafts too). The hero photo's rendition is its file in the
 * export's {@code media/} folder, so {@code import ninjs} finds it.
 */
final class NinjsExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final SiteSettings site;

	private final Path folder;

	NinjsExport(String base, SiteSettings site, Path folder) {
		this.base = base;
		this.site = site;
		this.folder = folder;
	}

	void write(long id, NewArticle a, String html, String sectionName, String sectionSlug, Map<Long, Author> authors,
			LibraryPhoto hero) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("uri", this.base + "/api/v1/articles/" + id);
		doc.put("type", "text");
		doc.put("representationtype", "full");
		if (a.publishedAt() != null) {
			doc.put("firstcreated", a.publishedAt().toString());
			doc.put("versioncreated", (a.updatedAt() != null ? a.updatedAt() : a.publishedAt()).toString());
		}
		doc.put("pubstatus", a.status() == ArticleStatus.PUBLISHED ? "usable" : "withheld");
		doc.put("language", this.site.language());
		doc.put("copyrightholder", this.site.name());
		doc.put("slugline", a.slug());
		List<Map<String, Object>> headlines = new ArrayList<>();
		headlines.add(Map.of("role", "main", "contenttype", "text/plain", "value", a.headline()));
		if (!a.dek().isBlank()) {
			headlines.add(Map.of("role", "sub", "contenttype", "text/plain", "value", a.dek()));
		}
		doc.put("headlines", headlines);
		List<Map<String, Object>> bodies = new ArrayList<>();
		bodies.add(Map.of("role", "main", "contenttype", "text/html", "value", html));
		for (NewArticle.NewCorrection c : a.corrections()) {
			bodies.add(Map.of("role", "correction", "contenttype", "text/plain", "value",
					c.kind().label() + " (" + c.publishedAt() + "): " + c.text()));
		}
		doc.put("bodies", bodies);
		List<String> names = a.authorIds()
			.stream()
			.map(authors::get)
			.filter((x) -> x != null)
			.map(Author::name)
			.toList();
		if (!names.isEmpty()) {
			doc.put("by", names.size() == 1 ? names.getFirst()
					: String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast());
		}
		if (!a.dateline().isBlank()) {
			doc.put("located", a.dateline());
		}
		List<Map<String, Object>> subjects = new ArrayList<>();
		subjects.add(Map.of("name", sectionName, "rel", "section", "literal", sectionSlug));
		for (String tag : a.tagNames()) {
			subjects.add(Map.of("name", tag, "rel", "tag", "literal", Slugs.slugify(tag)));
		}
		doc.put("subjects", subjects);
		if (hero != null) {
			List<Map<String, Object>> descriptions = new ArrayList<>();
			addText(descriptions, "caption", hero.photo().caption());
			addText(descriptions, "alt", hero.photo().alt());
			addText(descriptions, "creditline", hero.photo().credit());
			Map<String, Object> picture = new LinkedHashMap<>();
			picture.put("name", "featureimage");
			picture.put("type", "picture");
			picture.put("representationtype", "full");
			if (!hero.photo().creator().isBlank()) {
				picture.put("by", hero.photo().creator());
			}
			if (!hero.photo().copyright().isBlank()) {
				picture.put("copyrightholder", hero.photo().copyright());
			}
			picture.put("descriptions", descriptions);
			picture.put("renditions",
					List.of(Map.of("name", "original", "href",
							"../media/" + hero.id() + "-" + SiteExport.safeName(hero.originalName()), "contenttype",
							hero.mediaType(), "width", hero.photo().width(), "height", hero.photo().height())));
			doc.put("associations", List.of(picture));
		}
		doc.put("altids", List.of(Map.of("role", "canonical-url", "value", this.base + "/?p=" + id)));
		doc.put("standard", Map.of("name", "ninjs", "version", "2.1", "schema",
				"http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"));
		try {
			Files.writeString(this.folder.resolve(id + "-" + a.slug() + ".json"),
					JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addText(List<Map<String, Object>> list, String role, String value) {
		if (value != null && !value.isBlank()) {
			list.add(Map.of("role", role, "contenttype", "text/plain", "value", value));
		}
	}

}
