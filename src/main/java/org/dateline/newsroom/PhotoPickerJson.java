package org.dateline.newsroom;

import java.util.List;

import org.dateline.media.LibraryPhoto;
import org.dateline.media.PhotoSearch;
import org.dateline.media.Variant;

/**
 * What {@code /newsroom/media/search.json} answers: one page of photos for the article
 * editor's photo picker.
 */
record PhotoPickerJson(String query, int page, int pageCount, long total, boolean hasMore, List<PhotoJson> photos) {

	static PhotoPickerJson of(PhotoSearch search) {
		return new PhotoPickerJson(search.query(), search.page(), search.pageCount(), search.total(), search.hasNext(),
				search.photos().stream().map(PhotoJson::of).toList());
	}

	/**
	 * A photo to pick.
	 *
	 * @param thumbnail a 480-pixel-wide variant, on this site
	 */
	record PhotoJson(long id, String thumbnail, String caption, String credit, String alt, int width, int height) {

		static PhotoJson of(LibraryPhoto photo) {
			return new PhotoJson(photo.id(), photo.photo().url(Variant.W480), photo.photo().caption(),
					photo.photo().credit(), photo.photo().alt(), photo.photo().width(), photo.photo().height());
		}

	}

}
