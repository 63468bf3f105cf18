package org.dateline.media;

/**
 * A photo's caption, credit, creator or copyright changed: the text embedded in its
 * variants is out of date.
 */
record PhotoDetailsChanged(long id, String key) {
}
