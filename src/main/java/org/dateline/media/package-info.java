/**
 * The media library: photo files on disk, their metadata in the database, and the resized
 * variants readers get. The original upload is never served.
 */
package org.dateline.media;
