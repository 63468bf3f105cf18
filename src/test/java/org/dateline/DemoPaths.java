package org.dateline;

import org.jsoup.nodes.Element;

/**
 * Finds where a demo article lives: its URL has the publication date, which is relative
 * to when the demo was seeded.
 */
public final class DemoPaths {

	private DemoPaths() {
	}

	public static String article(SiteClient client, String section, String slug) {
		SiteClient.Response front = client.get("/" + section + "/");
		for (Element link : front.document().select("a[href$=/" + slug + "]")) {
			return link.attr("href");
		}
		throw new AssertionError("No link to " + slug + " on the " + section + " front");
	}

}
