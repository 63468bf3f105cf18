package org.dateline.comment;

import java.time.Instant;

/** One moderation action: who did what to which comment, and when. */
public record ModerationLogEntry(long commentId, String actor, String action, String detail, Instant at) {
}
