package org.dateline.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month of published stories (in the newsroom's time zone, as their URLs are dated).
 *
 * @param lastModified when any of them last changed
 */
public record ArchiveMonth(YearMonth month, int articles, Instant lastModified) {
}
