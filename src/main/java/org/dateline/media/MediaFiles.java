package org.dateline.media;

import java.nio.file.Path;

import org.dateline.data.DataDirectory;

/**
 * Which of the media library's files are its own and which it makes again when asked, for
 * backups: a photo's original is the only copy of the upload, while its variants are
 * re-encoded from it on the next request (and carry details that may have changed since).
 */
public final class MediaFiles {

	private MediaFiles() {
	}

	/**
	 * Whether a file of the data directory (a path relative to it) is a variant the
	 * library makes again from the original when it is missing.
	 */
	public static boolean isRemade(Path relative) {
		if (relative.getNameCount() != 5 || !relative.getName(0).toString().equals(DataDirectory.MEDIA_DIRECTORY)
				|| !relative.getName(1).toString().equals("photos")
				|| !MediaStorage.isKey(relative.getName(3).toString())) {
			return false;
		}
		return Variant.ofFileName(relative.getFileName().toString()).isPresent();
	}

}
