package org.dateline.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process page cache ({@code dateline.cache.*}).
 *
 * @param freshFor how long a page is served without rendering it again, when nothing
 * purged it first
 * @param staleFor how long after that a page may still be served while one request
 * renders it again, or while the database is failing
 * @param maxSize the memory the cached pages may take
 * @param browserMaxAge how long browsers may keep a page without asking again
 * ({@code max-age}); 0 by default, so readers always get the latest version (a
 * revalidation costs one 304)
 * @param sharedMaxAge how long CDNs and proxies may keep a page ({@code s-maxage}); purge
 * them by surrogate key
 */
@ConfigurationProperties("dateline.cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration freshFor,
		@DefaultValue("1d") Duration staleFor, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("0s") Duration browserMaxAge, @DefaultValue("5m") Duration sharedMaxAge) {
}
