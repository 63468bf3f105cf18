package org.dateline.web;

import java.util.List;

/**
 * The model of the site's error page.
 *
 * @param kept what the reader sent with a form that could not be saved, to send again or
 * copy; empty for other errors
 * @param resendTo where the form was sent, for the button that sends it again
 */
public record ErrorPage(PageMeta meta, int status, String heading, String message, List<KeptField> kept,
		String resendTo) {

	public ErrorPage(PageMeta meta, int status, String heading, String message) {
		this(meta, status, heading, message, List.of(), null);
	}

	public boolean isNotFound() {
		return this.status == 404;
	}

	/** The fields a reader sees again: all but the form's technical ones. */
	public List<KeptField> shown() {
		return this.kept.stream().filter(KeptField::shown).toList();
	}

	/**
	 * One value of a form field that was not saved.
	 *
	 * @param shown whether the reader sees it (what they typed), or it only travels with
	 * the form (tokens, ids)
	 */
	public record KeptField(String name, String value, boolean shown) {

		/**
		 * The field's name in words: {@code author_name} and {@code authorName} as
		 * "author name".
		 */
		public String label() {
			String words = this.name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-.\\[\\]]+", " ").strip();
			return words.isEmpty() ? this.name
					: Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase();
		}

	}

}
