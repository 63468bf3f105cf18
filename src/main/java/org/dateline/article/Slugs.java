package org.dateline.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns headlines and names into URL slugs: lowercase ASCII letters, digits and single
 * hyphens.
 */
public final class Slugs {

	/**
	 * Letters that Unicode decomposition leaves alone but readers expect transliterated.
	 */
	private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("ø", "o"), Map.entry("ł", "l"),
			Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("đ", "d"), Map.entry("þ", "th"),
			Map.entry("ð", "d"), Map.entry("ı", "i"), Map.entry("&", " and "));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	public static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String slugify(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> entry : SPECIAL.entrySet()) {
			lower = lower.replace(entry.getKey(), entry.getValue());
		}
		String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NOT_SLUG.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			if (lastHyphen > MAX_LENGTH / 2) {
				slug = slug.substring(0, lastHyphen);
			}
			slug = slug.replaceAll("-+$", "");
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
	}

}
