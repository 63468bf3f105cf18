package org.dateline.article;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.comment.CommentService;
import org.dateline.comment.CommentThread;
import org.dateline.media.Variant;
import org.dateline.web.Dates;
import org.dateline.web.MovedPermanentlyException;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The article page, the heart of the site. An article is found by its slug; a URL with an
 * old slug, section or date answers with a 301 to the current one. See
 * {@link ArticleListController} for fronts and topic pages.
 */
@Controller
class ArticleController {

	static final int RELATED = 4;

	private final ArticleService articles;

	private final CommentService comments;

	private final Pages pages;

	ArticleController(ArticleService articles, CommentService comments, Pages pages) {
		this.articles = articles;
		this.comments = comments;
		this.pages = pages;
	}

	@GetMapping("/{section:[a-z0-9-]+}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, HttpServletRequest request, Model model) {
		Article article = this.articles.published(slug);
		if (!article.path().equals(request.getRequestURI())) {
			throw new MovedPermanentlyException(article.path());
		}
		CommentThread thread = this.comments.approvedThread(article.id());
		List<ArticleSummary> related = this.articles.related(article, RELATED);
		model.addAttribute("page",
				new ArticlePage(meta(article, thread.count()), article, related, thread, this.pages.site().zone()));
		return "article/show";
	}

	private PageMeta meta(Article article, int commentCount) {
		var zone = this.pages.site().zone();
		PageMeta.Builder meta = this.pages.page(article.headline(), article.path())
			.article()
			.description(article.dek())
			.activeNav(article.section().slug())
			.property("article:published_time", Dates.iso(article.publishedAt(), zone))
			.property("article:section", article.section().name());
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
