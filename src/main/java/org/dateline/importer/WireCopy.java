package org.dateline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency copy in plain text, read the way an editor reads it: the headline on the first
 * line; then perhaps a photo block (alt text and/or a caption such as
 * {@code HONG KONG, CHINA - MAY 3: ...}, and a credit line such as
 * {@code Photo credit: Agency / Name}); the dateline opening the first paragraph
 * ({@code HONG KONG, China –}, {@code LONDON (Reuters) —}, {@code PARIS, May 3 (AFP) -});
 * paragraphs separated by blank lines; and, when the copy was taken from a web page, the
 * comment form and share prompts at its end, which are dropped.
 */
final class WireCopy {

	private static final String DASH = "(?:--|[-\u2013\u2014])";

	private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

	/**
	 * A city in capitals; then perhaps a region or country, a date and an agency in
	 * brackets; then a dash.
	 */
	static final Pattern DATELINE = Pattern.compile(
			"^(\\p{Lu}[\\p{Lu}.'\u2019 -]*\\p{Lu}\\.?" + "(?:,\\s*(?!" + MONTH + "\\s+\\d)\\p{Lu}[\\p{L}.'\u2019 -]*?)?"
					+ "(?:,\\s*" + MONTH + "\\s+\\d{1,2})?" + "(?:\\s*\\([^)]{2,40}\\))?)\\s*" + DASH + "\\s*(?=\\S)",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** An agency caption: {@code CITY, COUNTRY - MONTH DAY: what it shows}. */
	static final Pattern CAPTION = Pattern.compile(
			"^\\p{Lu}[\\p{Lu}.'\u2019 ,-]+\\s*" + DASH + "\\s*\\p{Lu}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*:\\s*\\S.*",
			Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

	static final Pattern CREDIT = Pattern.compile(
			"^(?:Photo(?:graph)?\\s*credit|Photo|Picture|Image|Credit|Foto)\\s*[:\u2013\u2014-]\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ALT = Pattern.compile("^(?:Alt(?:\\s*text)?|Image description)\\s*:\\s*(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern BYLINE = Pattern.compile("^By\\s+(\\p{Lu}.{1,80})$");

	/** Where a web page's furniture starts: nothing after it is the story. */
	private static final Pattern BOILERPLATE = Pattern.compile("^(?:Leave a (?:Reply|Comment)|Cancel reply"
			+ "|Your email address will not be published|Required fields are marked|Share this(?: article| story)?:?"
			+ "|Click to (?:share|print|email)|Like this:?|Related(?: posts| stories| articles)?:?|Post Comment"
			+ "|Save my name, email|Share on (?:Facebook|X|Twitter)|Tweet|Comments?\\s*\\(\\d+\\)|\\d+ Comments?)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private WireCopy() {
	}

	static WireStory parse(String text) {
		String clean = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
		List<String> paragraphs = new ArrayList<>();
		for (String chunk : clean.strip().split("\n\\s*\n")) {
			if (!chunk.isBlank()) {
				paragraphs.add(chunk.strip());
			}
		}
		if (paragraphs.isEmpty()) {
			throw new IllegalArgumentException("it is empty");
		}
		List<String> recognized = new ArrayList<>();
		// the headline is the first line; anything under it in the same block comes next
		String first = paragraphs.removeFirst();
		String headline = first.lines().findFirst().orElse("").strip();
		String restOfFirst = first.substring(first.indexOf(headline) + headline.length()).strip();
		if (!restOfFirst.isEmpty()) {
			paragraphs.addFirst(restOfFirst);
		}
		recognized.add("headline");
		List<String> bylines = new ArrayList<>();
		if (!paragraphs.isEmpty()) {
			Matcher by = BYLINE.matcher(paragraphs.getFirst());
			if (by.matches()) {
				paragraphs.removeFirst();
				for (String name : by.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
					if (!name.isBlank()) {
						bylines.add(name.strip());
					}
				}
				recognized.add("byline");
			}
		}
		String[] photo = photoBlock(paragraphs, recognized);
		String dateline = "";
		if (!paragraphs.isEmpty()) {
			Matcher d = DATELINE.matcher(paragraphs.getFirst());
			if (d.find()) {
				dateline = d.group(1).strip();
				paragraphs.set(0, paragraphs.getFirst().substring(d.end()).strip());
				recognized.add("dateline '" + dateline + "'");
			}
		}
		int dropped = 0;
		for (int i = 1; i < paragraphs.size(); i++) {
			if (BOILERPLATE.matcher(paragraphs.get(i)).matches()) {
				dropped = paragraphs.size() - i;
				paragraphs.subList(i, paragraphs.size()).clear();
				break;
			}
		}
		if (dropped > 0) {
			recognized.add("web boilerplate at the end (" + dropped + " paragraphs, dropped)");
		}
		recognized.add(paragraphs.size() + " paragraphs");
		StringBuilder body = new StringBuilder();
		for (String paragraph : paragraphs) {
			body.append(HtmlMarkdown.escape(paragraph.replaceAll("\\s*\n\\s*", " "))
				.replaceAll("(?m)^([#>+-]|\\d+\\.)(?=\\s)", "\\\\$1")).append("\n\n");
		}
		return new WireStory(null, headline, "", dateline, body.toString().strip(), bylines, null, List.of(), photo[0],
				photo[1], photo[2], "", "", null, recognized);
	}

	/**
	 * Finds and removes the photo block: up to three short paragraphs (or lines) before
	 * the story that are a caption, alt text or a credit line.
	 * @return alt, caption, credit
	 */
	private static String[] photoBlock(List<String> paragraphs, List<String> recognized) {
		String alt = "";
		String caption = "";
		String credit = "";
		List<String> lines = new ArrayList<>();
		int blockEnd = -1;
		for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
			List<String> these = paragraphs.get(i).lines().map(String::strip).toList();
			if (these.stream().anyMatch((l) -> CREDIT.matcher(l).matches())) {
				blockEnd = i;
				break;
			}
		}
		if (blockEnd < 0 && !paragraphs.isEmpty() && CAPTION.matcher(paragraphs.getFirst()).matches()
				&& !DATELINE.matcher(paragraphs.getFirst()).find()) {
			blockEnd = 0;
		}
		if (blockEnd < 0) {
			return new String[] { "", "", "" };
		}
		for (int i = 0; i <= blockEnd; i++) {
			lines.addAll(paragraphs.get(i).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList());
		}
		paragraphs.subList(0, blockEnd + 1).clear();
		for (String line : lines) {
			Matcher m;
			if ((m = CREDIT.matcher(line)).matches()) {
				credit = line.toLowerCase(Locale.ROOT).startsWith("photo:") ? line : "Photo: " + m.group(1).strip();
			}
			else if ((m = ALT.matcher(line)).matches()) {
				alt = m.group(1).strip();
			}
			else if (CAPTION.matcher(line).matches() && caption.isEmpty()) {
				caption = line;
			}
			else if (alt.isEmpty()) {
				alt = line;
			}
			else {
				caption = caption.isEmpty() ? line : caption + " " + line;
			}
		}
		if (!alt.isEmpty()) {
			recognized.add("photo alt text");
		}
		if (!caption.isEmpty()) {
			recognized.add("photo caption");
		}
		if (!credit.isEmpty()) {
			recognized.add("photo credit '" + credit + "'");
		}
		return new String[] { alt, caption, credit };
	}

}
