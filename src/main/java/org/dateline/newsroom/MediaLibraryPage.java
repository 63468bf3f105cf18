package org.dateline.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dateline.media.PhotoSearch;

/**
 * The media library: the upload form (with what went wrong with the last upload, next to
 * the file field), the search box and one page of photos.
 *
 * @param maxUploadBytes the size limit, for the upload script to check files before
 * sending them
 */
public record MediaLibraryPage(Desk desk, PhotoSearch search, String done, List<String> errors, long maxUploadBytes,
		String maxUploadSize) {

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public String pageUrl(int page) {
		String url = MediaLibraryController.LIBRARY;
		String query = this.search.query().isEmpty() ? ""
				: "q=" + URLEncoder.encode(this.search.query(), StandardCharsets.UTF_8);
		String number = page <= 1 ? "" : "page=" + page;
		if (query.isEmpty() && number.isEmpty()) {
			return url;
		}
		return url + "?" + query + (!query.isEmpty() && !number.isEmpty() ? "&" : "") + number;
	}

	/** "24 photos", "1 photo matching "harbour"". */
	public String countText() {
		long total = this.search.total();
		String photos = total + (total == 1 ? " photo" : " photos");
		return this.search.query().isEmpty() ? photos + " in the library"
				: photos + " matching \u201c" + this.search.query() + "\u201d";
	}

}
