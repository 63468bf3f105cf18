package org.dateline.article;

/** A tag with the number of articles filed under it, drafts included. */
public record TagUsage(Tag tag, long articles) {
}
