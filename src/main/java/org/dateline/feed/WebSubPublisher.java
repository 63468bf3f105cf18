package org.dateline.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.dateline.article.Article;
import org.dateline.article.ArticleArchive;
import org.dateline.article.ArticleLifecycle;
import org.dateline.comment.CommentEvents;
import org.dateline.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Tells the configured WebSub hubs ({@code dateline.websub.hubs}) which feeds changed
 * when a story is published, changed or taken down, so subscribers hear of it at once:
 * {@code hub.mode=publish&hub.url=FEED} for every feed the story is listed in, RSS and
 * Atom, and every feed it was listed in until the change (a section, tag or byline it
 * left); and an article's comment feeds when a comment on it goes up or comes down. It
 * happens after the change is committed and away from the editor's request; a hub that
 * fails or cannot be reached is tried again with growing waits, and given up on with a
 * warning in the log.
 */
@Component
class WebSubPublisher {

	private static final Logger log = LoggerFactory.getLogger(WebSubPublisher.class);

	private final WebSubProperties properties;

	private final ArticleArchive archive;

	private final Pages pages;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("websub").daemon().factory());

	private final AtomicBoolean warnedAboutBaseUrl = new AtomicBoolean();

	WebSubPublisher(WebSubProperties properties, ArticleArchive archive, Pages pages) {
		this.properties = properties;
		this.archive = archive;
		this.pages = pages;
	}

	@TransactionalEventListener
	void changed(ArticleLifecycle event) {
		base(event.articleId()).ifPresent((base) -> this.scheduler
			.execute(() -> announce(event.articleId(), base, (article) -> storyFeeds(article, event.listedBefore()))));
	}

	/** A comment went up: the article's comment feeds have it. */
	@TransactionalEventListener(fallbackExecution = true)
	void commentApproved(CommentEvents.CommentApproved event) {
		announceComments(event.articleId());
	}

	/** A comment came down or was edited: the article's comment feeds changed. */
	@TransactionalEventListener(fallbackExecution = true)
	void commentChanged(CommentEvents.CommentChanged event) {
		announceComments(event.articleId());
	}

	private void announceComments(long articleId) {
		base(articleId).ifPresent((base) -> this.scheduler.execute(() -> announce(articleId, base,
				// a story off the site has no comment feeds to read
				(article) -> article.isPublished()
						? List.of(FeedLinks.commentsRss(article.path()), FeedLinks.commentsAtom(article.path()))
						: List.of())));
	}

	/**
	 * The site's address for topics, when hubs are configured and it is known. Topics
	 * must be the URLs subscribers know: the configured base URL, or the one the editor's
	 * request came in on. A scheduled story published with neither has none: that is
	 * logged once, and its hubs are not told.
	 */
	private Optional<String> base(long articleId) {
		if (this.properties.hubs().isEmpty()) {
			return Optional.empty();
		}
		boolean known = this.pages.site().hasBaseUrl() || RequestContextHolder.getRequestAttributes() != null;
		if (!known) {
			if (this.warnedAboutBaseUrl.compareAndSet(false, true)) {
				log.warn("Not telling WebSub hubs about article {}: set dateline.site.base-url so feed URLs are known",
						articleId);
			}
			return Optional.empty();
		}
		return Optional.of(this.pages.absolute(""));
	}

	/**
	 * Every feed the story is listed in now, and every feed it was listed in until now.
	 */
	private static List<String> storyFeeds(Article article, List<String> listedBefore) {
		Set<String> feeds = new LinkedHashSet<>(FeedLinks.feedsListing(article));
		for (String list : listedBefore) {
			feeds.add(FeedLinks.rss(list));
			feeds.add(FeedLinks.atom(list));
		}
		return List.copyOf(feeds);
	}

	/** Pings every hub for every feed of the article the function names. */
	private void announce(long articleId, String base, Function<Article, List<String>> feeds) {
		try {
			Article article = this.archive.find(articleId).orElse(null);
			if (article == null) {
				return;
			}
			List<String> topics = feeds.apply(article).stream().map((path) -> base + path).toList();
			for (String hub : this.properties.hubs()) {
				for (String topic : topics) {
					ping(hub, topic, 1);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not work out which feeds article {} is in to tell WebSub hubs: {}", articleId,
					ex.toString());
		}
	}

	private void ping(String hub, String topic, int attempt) {
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(hub))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("User-Agent", "Dateline WebSub publisher")
				.POST(HttpRequest.BodyPublishers
					.ofString("hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)))
				.build();
		}
		catch (IllegalArgumentException ex) {
			log.warn("WebSub hub {} is not a URL; check dateline.websub.hubs", hub);
			return;
		}
		this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure == null && response.statusCode() / 100 == 2) {
				log.debug("WebSub hub {} told about {}", hub, topic);
				return;
			}
			String problem = (failure != null) ? failure.toString() : "HTTP " + response.statusCode();
			if (attempt >= this.properties.attempts()) {
				log.warn("WebSub hub {} was not told about {}: {}; gave up after {} attempts", hub, topic, problem,
						attempt);
				return;
			}
			Duration wait = this.properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 10));
			log.info("WebSub hub {} did not take {} ({}); trying again in {}", hub, topic, problem, wait);
			retry(() -> ping(hub, topic, attempt + 1), wait);
		});
	}

	private void retry(Runnable ping, Duration wait) {
		try {
			this.scheduler.schedule(ping, wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			log.debug("Shutting down: WebSub retry dropped");
		}
	}

	@PreDestroy
	void stop() {
		this.scheduler.shutdownNow();
	}

}
