/**
 * The media library: photo files on disk, their metadata in the database, and the resized
 * variants readers get. The original upload is never served; variants carry no metadata
 * of the original, only the XMP credit packet written for them. Reads the article table
 * to list where a photo is used, but must not depend on the article package (article
 * depends on this one).
 */
package org.dateline.media;
