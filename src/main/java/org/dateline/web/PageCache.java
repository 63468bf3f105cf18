package org.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.dateline.site.SiteSettingsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered reader pages in memory, bounded by size. A page is fresh for {@code freshFor}
 * unless a {@link ContentChanged} purges it first; after that it may still be served for
 * {@code staleFor} while one request renders it again, or while rendering fails.
 * Concurrent misses for one page wait for a single render, so a story that goes viral is
 * rendered once, not once per reader. See {@link PageCacheFilter} for which requests use
 * it.
 */
@Component
class PageCache {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Cache<String, CachedPage> pages;

	/**
	 * The render in progress for a page, which other requests for it wait on instead of
	 * rendering it again.
	 */
	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	PageCache(PageCacheProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight())
			.build();
	}

	boolean enabled() {
		return this.properties.enabled();
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	boolean isFresh(CachedPage page) {
		return age(page).compareTo(this.properties.freshFor()) < 0;
	}

	boolean isUsableStale(CachedPage page) {
		return age(page).compareTo(this.properties.freshFor().plus(this.properties.staleFor())) < 0;
	}

	Duration age(CachedPage page) {
		return Duration.between(page.renderedAt(), this.clock.instant());
	}

	Instant now() {
		return this.clock.instant();
	}

	void put(String key, CachedPage page) {
		this.pages.put(key, page);
	}

	/**
	 * Claims the render of a page. Returns {@code null} when this caller should render it
	 * (and must call {@link #rendered}); otherwise the render another request has in
	 * progress.
	 */
	CompletableFuture<CachedPage> claim(String key) {
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> theirs = this.rendering.putIfAbsent(key, mine);
		return theirs;
	}

	/**
	 * Ends a render claimed with {@link #claim}; {@code page} is null when the result was
	 * not cacheable.
	 */
	void rendered(String key, CachedPage page) {
		CompletableFuture<CachedPage> future = this.rendering.remove(key);
		if (future != null) {
			future.complete(page);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void purge(ContentChanged event) {
		if (event.keys().contains(SurrogateKeys.SITE)) {
			this.pages.invalidateAll();
		}
		else {
			this.pages.asMap().values().removeIf((page) -> page.taggedWithAny(event.keys()));
		}
		log.debug("Purged pages tagged {}", event.keys());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void purge(SiteSettingsChanged event) {
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

	PageCacheProperties properties() {
		return this.properties;
	}

}
