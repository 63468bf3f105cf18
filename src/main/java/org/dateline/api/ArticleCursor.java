package org.dateline.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.article.ArticleQuery.Keyset;

/**
 * The opaque {@code cursor} of article pages: the last article's publication time and id,
 * base64url-encoded. Clients must treat it as a token; the format may change with a
 * version prefix.
 */
final class ArticleCursor {

	private static final String VERSION = "1";

	private static final Pattern FORMAT = Pattern.compile("1:(-?\\d{1,15}):(\\d{1,18})");

	private ArticleCursor() {
	}

	static String encode(Keyset keyset) {
		String text = VERSION + ":" + keyset.publishedAt().toEpochMilli() + ":" + keyset.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
	}

	static Keyset decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			Matcher matcher = FORMAT.matcher(text);
			if (matcher.matches()) {
				return new Keyset(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))),
						Long.parseLong(matcher.group(2)));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64url: the same answer as any other cursor we did not hand out
		}
		throw new BadParameterException("cursor",
				"'cursor' is not one this API handed out: pass the next_cursor of a previous page, unchanged.");
	}

}
