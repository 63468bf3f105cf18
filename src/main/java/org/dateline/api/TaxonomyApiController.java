package org.dateline.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dateline.api.TaxonomyJson.AuthorJson;
import org.dateline.api.TaxonomyJson.Items;
import org.dateline.api.TaxonomyJson.SectionJson;
import org.dateline.api.TaxonomyJson.TagJson;
import org.dateline.article.ArticleService;
import org.dateline.article.PublishedArticles;
import org.dateline.article.SectionService;
import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.dateline.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What articles are filed under and illustrated with, in the content API: sections, tags
 * with published articles, author profiles, and photos that published articles use. See
 * {@link ArticleApiController} for the articles themselves.
 */
@RestController
class TaxonomyApiController {

	private final SectionService sections;

	private final PublishedArticles published;

	private final ArticleService articles;

	private final MediaService media;

	private final ApiResponses responses;

	private final ApiLinks links;

	TaxonomyApiController(SectionService sections, PublishedArticles published, ArticleService articles,
			MediaService media, ApiResponses responses, ApiLinks links) {
		this.sections = sections;
		this.published = published;
		this.articles = articles;
		this.media = media;
		this.responses = responses;
		this.links = links;
	}

	@GetMapping("/api/v1/sections")
	ResponseEntity<byte[]> sections() {
		return this.responses
			.json(new Items<>(this.sections.all().stream().map((s) -> SectionJson.of(s, this.links)).toList()));
	}

	@GetMapping("/api/v1/sections/{slug}")
	ResponseEntity<byte[]> section(@PathVariable String slug) {
		return this.responses.json(this.sections.bySlug(slug)
			.map((s) -> SectionJson.of(s, this.links))
			.orElseThrow(() -> new NotFoundException("No section '" + slug + "'.")));
	}

	@GetMapping("/api/v1/tags")
	ResponseEntity<byte[]> tags() {
		return this.responses.json(new Items<>(tagList()));
	}

	/** A tag exists here once a published article carries it. */
	@GetMapping("/api/v1/tags/{slug}")
	ResponseEntity<byte[]> tag(@PathVariable String slug) {
		return this.responses.json(tagList().stream()
			.filter((tag) -> tag.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No tag '" + slug + "'.")));
	}

	@GetMapping("/api/v1/authors")
	ResponseEntity<byte[]> authors() {
		return this.responses
			.json(new Items<>(this.published.authors().stream().map((a) -> AuthorJson.of(a, this.links)).toList()));
	}

	@GetMapping("/api/v1/authors/{slug}")
	ResponseEntity<byte[]> author(@PathVariable String slug) {
		return this.responses.json(this.articles.author(slug)
			.map((a) -> AuthorJson.of(a, this.links))
			.orElseThrow(() -> new NotFoundException("No author '" + slug + "'.")));
	}

	/**
	 * The photos that lead published articles, newest upload first, cursor-paginated as
	 * articles are. {@link #photo} also answers for photos placed only in a published
	 * story's text, which a list cannot find without reading every story.
	 */
	@GetMapping("/api/v1/photos")
	ResponseEntity<byte[]> photos(@RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		int size = ArticleListRequest.pageSize(limit);
		Long before = (cursor == null || cursor.isBlank()) ? null : PhotoCursor.decode(cursor);
		// one more than asked for tells whether there is a next page
		List<Photo> found = this.media.publishedHeroes(before, size + 1);
		List<Photo> page = found.subList(0, Math.min(size, found.size()));
		String nextCursor = found.size() > size ? PhotoCursor.encode(page.getLast().id()) : null;
		String next = null;
		if (nextCursor != null) {
			next = this.links.api("/photos") + "?"
					+ ((limit == null || limit.isBlank()) ? ""
							: "limit=" + URLEncoder.encode(limit.strip(), StandardCharsets.UTF_8) + "&")
					+ "cursor=" + nextCursor;
		}
		List<PhotoJson> items = page.stream().map((photo) -> PhotoJson.of(photo, this.links)).toList();
		return this.responses.json(new PhotoJson.Page(items, nextCursor, next), next);
	}

	/**
	 * A photo that a published article uses, as hero or in its text: one only in drafts
	 * could give a story away before it runs.
	 */
	@GetMapping("/api/v1/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		Photo photo = this.media.find(id)
			.filter((p) -> this.media.inPublishedArticle(p.id()))
			.orElseThrow(() -> new NotFoundException("No photo " + id + "."));
		return this.responses.json(PhotoJson.of(photo, this.links));
	}

	private List<TagJson> tagList() {
		return this.published.tags().stream().map((t) -> TagJson.of(t.tag(), t.articles(), this.links)).toList();
	}

}
