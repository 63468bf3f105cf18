package org.dateline.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.media.Photo;
import org.dateline.media.Variant;
import org.dateline.site.SiteLogo;
import org.dateline.site.SiteSettings;
import org.dateline.web.Dates;
import org.dateline.web.JsonLd;
import org.dateline.web.Pages;

/**
 * The schema.org {@code NewsArticle} of an article page, with everything Google's article
 * guidelines ask for and the news trade's own fields: the dateline, every byline, and
 * each correction.
 */
final class ArticleStructuredData {

	static final String LOGO = "/assets/logo.png";

	static final int LOGO_SIZE = 512;

	private ArticleStructuredData() {
	}

	static Map<String, Object> newsArticle(Article article, int commentCount, Pages pages) {
		SiteSettings site = pages.site();
		String url = pages.absolute(article.path());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("mainEntityOfPage", JsonLd.object("@type", "WebPage", "@id", url));
		data.put("url", url);
		data.put("headline", article.headline());
		if (!article.dek().isBlank()) {
			data.put("description", article.dek());
		}
		if (article.hasHero()) {
			Photo hero = article.hero();
			data.put("image", List.of(pages.absolute(hero.url(Variant.CROP_16X9)),
					pages.absolute(hero.url(Variant.CROP_4X3)), pages.absolute(hero.url(Variant.CROP_1X1))));
		}
		data.put("datePublished", Dates.iso(article.publishedAt(), site.zone()));
		data.put("dateModified",
				Dates.iso(article.wasUpdated() ? article.updatedAt() : article.publishedAt(), site.zone()));
		data.put("author",
				article.authors()
					.stream()
					.map((author) -> JsonLd.object("@type", "Person", "name", author.name(), "url",
							pages.absolute(author.path())))
					.toList());
		data.put("publisher", publisher(pages));
		if (!article.dateline().isBlank()) {
			data.put("dateline", article.dateline());
		}
		data.put("articleSection", article.section().name());
		if (!article.tags().isEmpty()) {
			data.put("keywords", article.tags().stream().map(Tag::name).toList());
		}
		data.put("inLanguage", site.language());
		data.put("isAccessibleForFree", true);
		data.put("commentCount", commentCount);
		if (!article.corrections().isEmpty()) {
			data.put("correction",
					article.corrections()
						.stream()
						.map((correction) -> JsonLd.object("@type", "CorrectionComment", "text",
								correction.kind().label() + ": " + correction.text(), "datePublished",
								Dates.iso(correction.publishedAt(), site.zone())))
						.toList());
		}
		return data;
	}

	/** The publisher, with the uploaded logo or, until there is one, Dateline's. */
	static Map<String, Object> publisher(Pages pages) {
		SiteLogo.Logo uploaded = pages.site().logo();
		Map<String, Object> logo = uploaded == null
				? JsonLd.object("@type", "ImageObject", "url", pages.absolute(LOGO), "width", LOGO_SIZE, "height",
						LOGO_SIZE)
				: JsonLd.object("@type", "ImageObject", "url", pages.absolute(uploaded.path()), "width",
						uploaded.width(), "height", uploaded.height());
		return JsonLd.object("@type", "NewsMediaOrganization", "name", pages.site().name(), "url", pages.absolute("/"),
				"logo", logo);
	}

	static Map<String, Object> breadcrumbs(Article article, Pages pages) {
		return JsonLd.object("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement",
				List.of(crumb(1, pages.site().name(), pages.absolute("/")),
						crumb(2, article.section().name(), pages.absolute(article.section().path())),
						crumb(3, article.headline(), pages.absolute(article.path()))));
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		return JsonLd.object("@type", "ListItem", "position", position, "name", name, "item", url);
	}

}
