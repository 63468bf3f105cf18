/**
 * Articles and what they are filed under: sections, tags, bylines, corrections, and the
 * reader pages that show them (the article page, the front page, section, tag and author
 * pages). Calls {@code comment} for an article's thread and {@code media} for photos.
 */
package org.dateline.article;
