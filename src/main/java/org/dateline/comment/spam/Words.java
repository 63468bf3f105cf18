package org.dateline.comment.spam;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds listed words or phrases in text, as whole words and ignoring case. */
final class Words {

	private Words() {
	}

	static String firstFound(String text, List<String> listed) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String entry : listed) {
			String word = entry.strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
				.matcher(lower)
				.find()) {
				return word;
			}
		}
		return null;
	}

}
