package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.media.LibraryPhoto;
import org.dateline.media.PhotoDetails;

/**
 * One photo in the media library: its preview and file facts, its details (a form for
 * those who may edit them, with the text they typed kept when something needs fixing),
 * and the articles that use it.
 *
 * @param uploader the uploader's name; {@code null} for photos that came with the site
 * @param values the details shown in the form: the saved ones, or the ones just sent
 * @param errors what is wrong with the fields just sent, by field name
 */
public record PhotoPage(Desk desk, LibraryPhoto photo, String uploader, boolean canEdit, PhotoDetails values,
		Map<String, String> errors, List<Use> uses, String notice) {

	/**
	 * An article using the photo.
	 *
	 * @param path its public address; {@code null} until it is published
	 */
	public record Use(String headline, String status, String path, boolean hero, boolean inBody) {

		public String statusLabel() {
			return this.status.charAt(0) + this.status.substring(1).toLowerCase(java.util.Locale.ROOT);
		}

		public String where() {
			return this.hero && this.inBody ? "hero photo and in the text" : this.hero ? "hero photo" : "in the text";
		}

	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public String error(String field) {
		return this.errors.get(field);
	}

	/** For {@code aria-invalid}: "true", or nothing at all. */
	public String invalid(String field) {
		return hasError(field) ? "true" : null;
	}

	/**
	 * For {@code aria-describedby}: the field's error message and hint, when it has them.
	 */
	public String describedBy(String field, String hint) {
		String ids = (hasError(field) ? "photo-" + field + "-error " : "") + (hint == null ? "" : hint);
		return ids.isBlank() ? null : ids.strip();
	}

}
