package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dateline.media.Photo;

/**
 * What an editor should look at before a story goes out. Warnings, not rules: the desk
 * decides, but it decides knowingly.
 */
public final class EditorialChecklist {

	public static final int HEADLINE_LIMIT = 110;

	private EditorialChecklist() {
	}

	public static List<String> warnings(ArticleDraft draft, Photo hero) {
		List<String> warnings = new ArrayList<>();
		if (hero == null) {
			warnings.add("There is no hero photo.");
		}
		else {
			if (hero.credit().isBlank()) {
				warnings.add("The hero photo has no credit.");
			}
			if (hero.alt().isBlank()) {
				warnings.add("The hero photo has no alt text for screen readers.");
			}
			else if (!hero.caption().isBlank() && repeats(hero.caption(), hero.alt())) {
				warnings
					.add("The hero photo's caption repeats its alt text; the alt text should describe the picture.");
			}
		}
		if (draft.dateline().isBlank()) {
			warnings.add("The dateline is missing.");
		}
		if (draft.headline().length() > HEADLINE_LIMIT) {
			warnings.add("The headline is " + draft.headline().length() + " characters long; search engines cut it at "
					+ HEADLINE_LIMIT + ".");
		}
		if (draft.dek().isBlank()) {
			warnings.add("The dek is empty.");
		}
		if (draft.authorIds().isEmpty()) {
			warnings.add("The story has no byline.");
		}
		return warnings;
	}

	/**
	 * One says what the other says: the same words, or one inside the other and nearly as
	 * long (a one-word caption such as "Lisbon" inside a full description is fine).
	 */
	private static boolean repeats(String caption, String alt) {
		String a = normalize(alt);
		String c = normalize(caption);
		if (a.isEmpty() || c.isEmpty()) {
			return false;
		}
		String shorter = a.length() <= c.length() ? a : c;
		String longer = shorter == a ? c : a;
		return longer.contains(shorter) && shorter.length() * 10 >= longer.length() * 6;
	}

	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
