package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.dateline.media.Photo;

/**
 * What an editor should look at before a story goes out. Warnings, not rules: the desk
 * decides, but it decides knowingly.
 */
public final class EditorialChecklist {

	public static final int HEADLINE_LIMIT = 110;

	private EditorialChecklist() {
	}

	/** The warnings for a story with no photos in its body. */
	public static List<String> warnings(ArticleDraft draft, Photo hero) {
		return warnings(draft, hero, (id) -> Optional.empty());
	}

	/**
	 * @param library the library's photos by id, for the photos placed in the body
	 */
	public static List<String> warnings(ArticleDraft draft, Photo hero, Function<Long, Optional<Photo>> library) {
		List<String> warnings = new ArrayList<>();
		if (hero == null) {
			warnings.add("There is no hero photo.");
		}
		else {
			photo(hero, hero.alt(), "The hero photo", "The hero photo's caption", warnings);
		}
		for (ArticleBody.PlacedPhoto placed : ArticleBody.placedPhotos(draft.bodyMarkdown())) {
			Optional<Photo> photo = (placed.id() == null) ? Optional.empty() : library.apply(placed.id());
			String name = "Photo " + placed.reference() + " in the body";
			if (photo.isEmpty()) {
				warnings.add(name + " is not in the media library; readers will not see it.");
			}
			else {
				// the body's own alt text, when it has one, is what readers get
				String alt = placed.alt().isBlank() ? photo.get().alt() : placed.alt();
				photo(photo.get(), alt, name, "The caption of photo " + placed.reference() + " in the body", warnings);
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

	private static void photo(Photo photo, String alt, String name, String caption, List<String> warnings) {
		if (photo.credit().isBlank()) {
			warnings.add(name + " has no credit.");
		}
		if (alt.isBlank()) {
			warnings.add(name + " has no alt text for screen readers.");
		}
		else if (!photo.caption().isBlank() && repeats(photo.caption(), alt)) {
			warnings.add(caption + " repeats its alt text; the alt text should describe the picture.");
		}
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
