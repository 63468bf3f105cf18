package org.dateline.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.dateline.article.Article;
import org.dateline.article.ArticleLifecycle;
import org.dateline.article.PublishedArticles;
import org.dateline.web.Dates;
import org.dateline.web.Pages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a delivery to every active webhook when an article is published, updated or
 * unpublished. It listens inside the transaction that made the change, on purpose: the
 * queued rows commit with the change or not at all, so a crash right after the commit
 * cannot lose an event, and nothing leaves the process until the sender picks up the
 * committed rows.
 */
@Component
class WebhookEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookRepository webhooks;

	private final PublishedArticles articles;

	private final Pages pages;

	private final Clock clock;

	WebhookEvents(WebhookRepository webhooks, PublishedArticles articles, Pages pages, Clock clock) {
		this.webhooks = webhooks;
		this.articles = articles;
		this.pages = pages;
		this.clock = clock;
	}

	@EventListener
	void on(ArticleLifecycle lifecycle) {
		List<Webhook> targets = this.webhooks.active();
		if (targets.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		String event = "article." + lifecycle.change().name().toLowerCase(java.util.Locale.ROOT);
		String payload = JSON.writeValueAsString(article(lifecycle));
		for (Webhook webhook : targets) {
			this.webhooks.queue(UUID.randomUUID().toString(), webhook.id(), event, lifecycle.articleId(), payload, now,
					now);
		}
	}

	/**
	 * What receivers learn about the article: enough to decide whether to fetch it from
	 * the content API. An unpublished story is named by its id alone, so a story taken
	 * down is not spread further.
	 */
	private Map<String, Object> article(ArticleLifecycle lifecycle) {
		Map<String, Object> article = new LinkedHashMap<>();
		long id = lifecycle.articleId();
		article.put("id", id);
		article.put("api_url", this.pages.absolute("/api/v1/articles/" + id));
		if (lifecycle.change() == ArticleLifecycle.Change.UNPUBLISHED) {
			return article;
		}
		Article found = this.articles.byId(id).orElse(null);
		if (found != null) {
			article.put("url", this.pages.absolute(found.path()));
			article.put("headline", found.headline());
			article.put("section", found.section().slug());
			article.put("published_at", Dates.iso(found.publishedAt(), this.pages.site().zone()));
			article.put("updated_at",
					found.wasUpdated() ? Dates.iso(found.updatedAt(), this.pages.site().zone()) : null);
		}
		return article;
	}

}
