package org.dateline.media;

/**
 * An article that uses a photo: as its hero, in its body ({@code ![...](photo:ID)}), or
 * both.
 *
 * @param status the article's status as stored: {@code DRAFT}, {@code SCHEDULED} or
 * {@code PUBLISHED}
 */
public record PhotoUsage(long articleId, String headline, String status, boolean hero, boolean inBody) {
}
