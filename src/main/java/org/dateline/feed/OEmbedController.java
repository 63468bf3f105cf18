package org.dateline.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.media.Photo;
import org.dateline.media.Variant;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The oEmbed provider: {@code /oembed?url=...&format=json|xml&maxwidth=&maxheight=}
 * describes a published article of this site so other sites embed it as a card (see
 * {@link OEmbed}). As the specification asks: 404 for a URL that is not a published
 * article here, 501 for a format other than JSON and XML, and 400 without a URL. An old
 * URL of an article (a changed slug, section or date) describes the article it leads to.
 */
@Controller
class OEmbedController {

	/** An article URL's path: {@code /{section}/{yyyy}/{mm}/{dd}/{slug}}. */
	private static final Pattern ARTICLE = Pattern.compile("/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/([a-z0-9-]+)/?");

	private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final ArticleService articles;

	private final FeedFactory feeds;

	OEmbedController(ArticleService articles, FeedFactory feeds) {
		this.articles = articles;
		this.feeds = feeds;
	}

	@GetMapping("/oembed")
	ResponseEntity<?> describe(@RequestParam(required = false) String url,
			@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) Integer maxwidth,
			@RequestParam(required = false) Integer maxheight) {
		if (url == null || url.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "Say which article to describe: /oembed?url=...");
		}
		if (!"json".equals(format) && !"xml".equals(format)) {
			return problem(HttpStatus.NOT_IMPLEMENTED, "The formats are json and xml.");
		}
		Optional<Article> found = resolve(url);
		if (found.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "That is not the address of an article published here.");
		}
		Article article = found.get();
		Feed.Image thumbnail = article.hasHero() ? thumbnail(article.hero(), maxwidth, maxheight) : null;
		Map<String, Object> fields = OEmbed.describe(article, this.feeds.absolute(article.path()), this.feeds,
				thumbnail, maxwidth, maxheight);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(OEmbed.CACHE_AGE)).cachePublic())
			// consumers may ask from a browser
			.header("Access-Control-Allow-Origin", "*");
		if ("xml".equals(format)) {
			return answer.contentType(XML).body(OEmbed.xml(fields));
		}
		return answer.contentType(MediaType.APPLICATION_JSON).body(fields);
	}

	/** The published article at this URL of this site, if it is one. */
	private Optional<Article> resolve(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		URI site = URI.create(this.feeds.absolute("/"));
		boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
		if (!web || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(site.getHost())
				|| uri.getPort() != site.getPort() || uri.getRawPath() == null) {
			return Optional.empty();
		}
		return slug(uri.getRawPath()).flatMap(this::published);
	}

	private Optional<Article> published(String slug) {
		try {
			return Optional.of(this.articles.published(slug));
		}
		catch (MovedPermanentlyException ex) {
			// a renamed article: once, to where its old URL leads
			return slug(ex.location()).map(this.articles::published);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> slug(String path) {
		Matcher matcher = ARTICLE.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * The largest width of the hero photo that fits the consumer's limits, if any does.
	 */
	private Feed.Image thumbnail(Photo hero, Integer maxWidth, Integer maxHeight) {
		Feed.Image best = null;
		for (Variant variant : hero.responsiveVariants()) {
			Feed.Image image = this.feeds.image(hero, variant);
			boolean fits = (maxWidth == null || image.width() <= maxWidth)
					&& (maxHeight == null || image.height() <= maxHeight);
			if (fits && (best == null || image.width() > best.width())) {
				best = image;
			}
		}
		return best;
	}

	private static ResponseEntity<String> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(TEXT).body(message);
	}

}
