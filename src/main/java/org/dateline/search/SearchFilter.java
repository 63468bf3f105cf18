package org.dateline.search;

import java.time.Instant;

/**
 * What narrows a search, already resolved to ids and instants: a section, an author, a
 * time range ({@code from} inclusive, {@code until} exclusive), and the order.
 *
 * @param sectionId the section, or {@code null} for all
 * @param authorId the author, or {@code null} for all
 * @param from the earliest publication time, or {@code null}
 * @param until the end of the range (exclusive), or {@code null}
 * @param newestFirst newest first instead of the most relevant first
 */
record SearchFilter(Long sectionId, Long authorId, Instant from, Instant until, boolean newestFirst) {

	static final SearchFilter NONE = new SearchFilter(null, null, null, null, false);

}
