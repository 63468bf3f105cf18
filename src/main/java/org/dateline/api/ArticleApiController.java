package org.dateline.api;

import java.util.List;

import org.dateline.article.Article;
import org.dateline.article.ArticleQuery;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleSummary;
import org.dateline.article.PublishedArticles;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentService;
import org.dateline.web.NotFoundException;
import org.dateline.web.Pages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles in the content API: pages of them with filters and a cursor, one by id or
 * slug, in ninjs, and their approved comments. Only published, unembargoed articles exist
 * here. See {@link TaxonomyApiController} for sections, tags, authors and photos.
 */
@RestController
class ArticleApiController {

	private final PublishedArticles published;

	private final ArticleService articles;

	private final SectionService sections;

	private final CommentService comments;

	private final ApiResponses responses;

	private final ApiLinks links;

	private final Pages pages;

	ArticleApiController(PublishedArticles published, ArticleService articles, SectionService sections,
			CommentService comments, ApiResponses responses, ApiLinks links, Pages pages) {
		this.published = published;
		this.articles = articles;
		this.sections = sections;
		this.comments = comments;
		this.responses = responses;
		this.links = links;
		this.pages = pages;
	}

	@GetMapping("/api/v1/articles")
	ResponseEntity<byte[]> list(@RequestParam(required = false) String section,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String author,
			@RequestParam(required = false) String since, @RequestParam(required = false) String until,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
		ArticleListRequest request = new ArticleListRequest(section, tag, author, since, until, limit, cursor);
		int size = request.pageSize();
		ArticleQuery query = request.query(this.sections, this.articles, this.pages.site().zone());
		// one more than asked for tells whether there is a next page
		List<ArticleSummary> found = this.published.page(query, size + 1);
		List<ArticleSummary> page = found.subList(0, Math.min(size, found.size()));
		String nextCursor = found.size() > size ? ArticleCursor.encode(ArticleQuery.Keyset.of(page.getLast())) : null;
		String next = nextCursor == null ? null : request.next(this.links.api("/articles"), nextCursor);
		List<ArticleJson.Summary> items = page.stream().map((a) -> ArticleJson.Summary.of(a, this.links)).toList();
		return this.responses.json(new ArticleJson.Page(items, nextCursor, next), next);
	}

	@GetMapping("/api/v1/articles/{id}")
	ResponseEntity<byte[]> article(@PathVariable long id) {
		Article article = find(id);
		return this.responses.json(ArticleJson.of(article, this.comments.approvedFor(id).size(),
				this.published.embargoOf(id), this.links));
	}

	/** An old slug answers with a redirect to the article's current one, as pages do. */
	@GetMapping("/api/v1/articles/by-slug/{slug}")
	ResponseEntity<byte[]> bySlug(@PathVariable String slug) {
		Article article = this.published.bySlug(slug).orElse(null);
		if (article == null) {
			String current = this.published.renamedFrom(slug)
				.orElseThrow(() -> new NotFoundException("No article '" + slug + "'."));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, this.links.api("/articles/by-slug/" + current))
				.cacheControl(ApiResponses.CACHE)
				.build();
		}
		return this.responses.json(ArticleJson.of(article, this.comments.approvedFor(article.id()).size(),
				this.published.embargoOf(article.id()), this.links));
	}

	@GetMapping("/api/v1/articles/{id}/ninjs")
	ResponseEntity<byte[]> ninjs(@PathVariable long id) {
		return this.responses.ninjs(NinjsJson.of(find(id), this.published.embargoOf(id), this.links));
	}

	@GetMapping("/api/v1/articles/{id}/comments")
	ResponseEntity<byte[]> comments(@PathVariable long id) {
		Article article = find(id);
		return this.responses
			.json(CommentJson.thread(article.id(), this.comments.approvedFor(article.id()), this.links));
	}

	private Article find(long id) {
		return this.published.byId(id).orElseThrow(() -> new NotFoundException("No article " + id + "."));
	}

}
