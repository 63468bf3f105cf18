package org.dateline.newsroom;

/**
 * The personal-data tools for commenters: export or erase everything stored under an
 * address.
 */
public record PrivacyPage(Desk desk, String done, String error) {
}
