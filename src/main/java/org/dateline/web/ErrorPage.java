package org.dateline.web;

/** The model of the site's error page. */
public record ErrorPage(PageMeta meta, int status, String heading, String message) {

	public boolean isNotFound() {
		return this.status == 404;
	}

}
