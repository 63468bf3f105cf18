package org.dateline.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A search hit's headline and excerpt as the database marked them: every match between
 * {@link #START} and {@link #END}, control characters no stored text contains (the index
 * strips them). {@link #html} escapes the text and only then turns the marks into
 * {@code <mark>}, so no article text is ever taken for markup.
 *
 * @param headline the headline, matches marked
 * @param excerpt a few sentences of the body around the matches (or the dek), matches
 * marked
 */
public record Highlights(String headline, String excerpt) {

	static final String START = "\u0001";

	static final String END = "\u0002";

	/**
	 * The body's excerpt when the body matched; otherwise the dek, which says what the
	 * story is about better than its first lines.
	 */
	static Highlights of(String headline, String body, String dek) {
		Highlights fromBody = new Highlights(headline, body);
		if (fromBody.excerptMatched() || dek == null || dek.isBlank()) {
			return fromBody;
		}
		return new Highlights(headline, dek);
	}

	public String headlineHtml() {
		return html(this.headline);
	}

	public String excerptHtml() {
		return html(this.excerpt);
	}

	static String html(String marked) {
		StringBuilder html = new StringBuilder();
		boolean open = false;
		for (String part : HtmlUtils.htmlEscape(marked, "UTF-8").split("(?=[\u0001\u0002])|(?<=[\u0001\u0002])")) {
			if (START.equals(part)) {
				if (!open) {
					html.append("<mark>");
					open = true;
				}
			}
			else if (END.equals(part)) {
				if (open) {
					html.append("</mark>");
					open = false;
				}
			}
			else {
				html.append(part);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** Whether the database found a match in the excerpt. */
	boolean excerptMatched() {
		return this.excerpt.contains(START);
	}

}
