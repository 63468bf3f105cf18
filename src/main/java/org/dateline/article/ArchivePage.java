package org.dateline.article;

import java.time.Instant;

/**
 * A page that lists stories (a section front, a tag or an author page), with when the
 * latest change to a published story on it happened, or {@code null} when none is.
 */
public record ArchivePage(String path, Instant lastModified) {
}
