package org.dateline.newsroom;

import java.util.List;

import org.dateline.comment.ModerationLogEntry;

/** The latest moderation actions: who did what, when. */
public record LogPage(Desk desk, List<ModerationLogEntry> entries) {
}
