package org.dateline.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.comment.CommentForm;
import org.dateline.comment.CommentSection;
import org.dateline.comment.CommentService;
import org.dateline.comment.CommentTarget;
import org.dateline.comment.Requester;
import org.dateline.comment.SubmitResult;
import org.dateline.media.Variant;
import org.dateline.web.Dates;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.NotFoundException;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;
import org.dateline.web.SurrogateKeys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The article page, the heart of the site, and the comments posted to it. An article is
 * found by its slug; a URL with an old slug, section or date answers with a 301 to the
 * current one. A comment is posted to the article's own URL and answered, once it is
 * committed, with a redirect to it (or the form again, with what to fix). See
 * {@link ArticleListController} for fronts and topic pages.
 */
@Controller
class ArticleController {

	static final String PATH = "/{section:[a-z0-9-]+}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}";

	static final int RELATED = 4;

	/**
	 * Lists the reader's own comments awaiting moderation, signed; only their browser
	 * shows them.
	 */
	static final String PENDING_COOKIE = "dateline_pending";

	/**
	 * The name, address and website a reader asked to remember; read by the page's
	 * script, never by the server.
	 */
	static final String COMMENTER_COOKIE = "dateline_commenter";

	private final ArticleService articles;

	private final CommentService comments;

	private final Pages pages;

	ArticleController(ArticleService articles, CommentService comments, Pages pages) {
		this.articles = articles;
		this.comments = comments;
		this.pages = pages;
	}

	@GetMapping(PATH)
	String show(@PathVariable String slug, @RequestParam(required = false) Long replyto,
			@RequestParam(required = false) Long moderation,
			@CookieValue(name = PENDING_COOKIE, required = false) String pendingCookie, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) {
		Article article = this.articles.published(slug);
		if (!article.path().equals(request.getRequestURI())) {
			throw new MovedPermanentlyException(article.path());
		}
		SurrogateKeys.add(request, SurrogateKeys.article(article.id()));
		Set<Long> pending = this.comments.pendingIds(pendingCookie);
		CommentSection section = this.comments.section(ArticleCommentTargets.target(article), pending, replyto);
		boolean personal = section.showsPending() || replyto != null || moderation != null;
		if (personal) {
			response.setHeader("Cache-Control", "private, no-store");
		}
		model.put("page", page(article, section, personal));
		return "article/show";
	}

	@PostMapping(PATH)
	ModelAndView comment(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String website,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String parent,
			@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String homepage,
			@RequestParam(required = false) String remember, @RequestParam(required = false) String notify,
			@CookieValue(name = PENDING_COOKIE, required = false) String pendingCookie, HttpServletRequest request,
			HttpServletResponse response) {
		Article article = this.articles.publishedAlone(slug);
		if (!article.path().equals(request.getRequestURI())) {
			throw new NotFoundException("Comments go to the article's own address, not " + request.getRequestURI());
		}
		CommentTarget target = ArticleCommentTargets.target(article);
		CommentForm form = new CommentForm(name, email, website, body, parentId(parent), token, homepage,
				remember != null, notify != null);
		SubmitResult result = this.comments.submit(target, form,
				new Requester(request.getRemoteAddr(), request.getHeader("User-Agent")));
		Set<Long> pending = this.comments.pendingIds(pendingCookie);
		response.setHeader("Cache-Control", "private, no-store");
		return switch (result) {
			case SubmitResult.Invalid invalid ->
				again(article, this.comments.section(target, pending, form, invalid.errors(), null), 422);
			case SubmitResult.Refused refused -> again(article,
					this.comments.section(target, pending, form, Map.of(), refused.message()), refused.status());
			case SubmitResult.Accepted accepted -> {
				remember(form, request, response);
				String location = article.path();
				if (accepted.pending()) {
					Set<Long> mine = new LinkedHashSet<>(pending);
					mine.add(accepted.commentId());
					cookie(response, request, PENDING_COOKIE, this.comments.pendingCookie(mine), Duration.ofDays(30),
							true);
					location += "?moderation=" + accepted.commentId();
				}
				RedirectView redirect = new RedirectView(location + "#comment-" + accepted.commentId());
				redirect.setStatusCode(HttpStatus.SEE_OTHER);
				yield new ModelAndView(redirect);
			}
		};
	}

	private ModelAndView again(Article alone, CommentSection section, int status) {
		Article article = this.articles.published(alone.slug());
		ModelAndView view = new ModelAndView("article/show", Map.of("page", page(article, section, true)));
		view.setStatus(HttpStatus.valueOf(status));
		return view;
	}

	/**
	 * Saves or forgets the commenter's details in their browser, as they chose on the
	 * form.
	 */
	private static void remember(CommentForm form, HttpServletRequest request, HttpServletResponse response) {
		if (form.remember()) {
			String value = String.join("|", encode(form.name()), encode(form.email()), encode(form.website()));
			cookie(response, request, COMMENTER_COOKIE, value, Duration.ofDays(365), false);
		}
		else if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COMMENTER_COOKIE.equals(cookie.getName())) {
					cookie(response, request, COMMENTER_COOKIE, "", Duration.ZERO, false);
				}
			}
		}
	}

	private static void cookie(HttpServletResponse response, HttpServletRequest request, String name, String value,
			Duration maxAge, boolean httpOnly) {
		response.addHeader("Set-Cookie",
				ResponseCookie.from(name, value)
					.path("/")
					.maxAge(maxAge)
					.httpOnly(httpOnly)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build()
					.toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Long parentId(String parent) {
		if (parent.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(parent.strip());
		}
		catch (NumberFormatException ex) {
			return -1L; // not a comment: refused as a reply to nothing
		}
	}

	private ArticlePage page(Article article, CommentSection section, boolean personal) {
		List<ArticleSummary> related = this.articles.related(article, RELATED);
		ZoneId zone = this.pages.site().zone();
		return new ArticlePage(meta(article, section.thread().count(), personal), article, related, section, zone);
	}

	private PageMeta meta(Article article, int commentCount, boolean personal) {
		ZoneId zone = this.pages.site().zone();
		PageMeta.Builder meta = this.pages.page(article.headline(), article.path())
			.article()
			.description(article.dek())
			.activeNav(article.section().slug())
			.script("/assets/comments.js")
			.articleAlternates(article.path(), article.headline())
			.property("article:published_time", Dates.iso(article.publishedAt(), zone))
			.property("article:section", article.section().name());
		if (personal) {
			meta.noIndex();
		}
		if (article.wasUpdated()) {
			meta.property("article:modified_time", Dates.iso(article.updatedAt(), zone));
		}
		for (Tag tag : article.tags()) {
			meta.property("article:tag", tag.name());
		}
		if (article.hasHero()) {
			var hero = article.hero();
			meta.image(hero.url(Variant.CROP_16X9), Variant.CROP_16X9.width(), Variant.CROP_16X9.cropHeight(),
					hero.alt());
		}
		return meta.jsonLd(ArticleStructuredData.newsArticle(article, commentCount, this.pages))
			.jsonLd(ArticleStructuredData.breadcrumbs(article, this.pages))
			.build();
	}

}
