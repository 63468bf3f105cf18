package org.dateline.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of photo pages: the last photo's id, base64url-encoded with a
 * version prefix, as {@link ArticleCursor} does for articles. Photos are listed newest
 * upload first, so the next page starts below it.
 */
final class PhotoCursor {

	private static final Pattern FORMAT = Pattern.compile("p1:(\\d{1,18})");

	private PhotoCursor() {
	}

	static String encode(long lastId) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("p1:" + lastId).getBytes(StandardCharsets.US_ASCII));
	}

	static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
			Matcher matcher = FORMAT.matcher(text);
			if (matcher.matches()) {
				return Long.parseLong(matcher.group(1));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64url: the same answer as any other cursor we did not hand out
		}
		throw new BadParameterException("cursor",
				"'cursor' is not one this API handed out: pass the next_cursor of a previous page, unchanged.");
	}

}
