package org.dateline.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sitemaps ({@code dateline.sitemap.*}).
 *
 * @param pageSize the most URLs one sitemap lists before the rest go on its next page:
 * 50,000, the limit sitemaps.org sets (tests set a small one)
 */
@ConfigurationProperties("dateline.sitemap")
record SitemapProperties(@DefaultValue("50000") int pageSize) {

	/** The most URLs sitemaps.org allows in one sitemap. */
	static final int URL_LIMIT = 50_000;

	SitemapProperties {
		if (pageSize < 1 || pageSize > URL_LIMIT) {
			throw new IllegalArgumentException(
					"dateline.sitemap.page-size must be from 1 to " + URL_LIMIT + ", not " + pageSize);
		}
	}

}
