package org.dateline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reader typed in the search box, understood the way search engines taught them:
 * words (all must match), {@code "quoted phrases"}, {@code -word} to leave out,
 * {@code OR} between alternatives. Anything else (unbalanced quotes or parentheses,
 * operators of the database's own syntax, punctuation, control characters) is read as
 * plain words, so no input can make a query fail: the database sees only the quoted terms
 * this class writes, never the reader's text.
 *
 * @param groups the clauses that must all match; each is a list of alternatives joined by
 * {@code OR}, each alternative a phrase of one or more words
 * @param excluded phrases that must not appear
 */
public record SearchQuery(List<List<List<String>>> groups, List<List<String>> excluded) {

	/** Longer input is cut: nobody types more, and the cost stays bounded. */
	static final int MAX_LENGTH = 200;

	static final int MAX_CLAUSES = 12;

	static final int MAX_WORD_LENGTH = 60;

	public static SearchQuery parse(String input) {
		String text = input == null ? "" : input.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		List<List<List<String>>> groups = new ArrayList<>();
		List<List<String>> excluded = new ArrayList<>();
		boolean orPending = false;
		int clauses = 0;
		for (Token token : tokens(text)) {
			if (clauses >= MAX_CLAUSES) {
				break;
			}
			if (token.isOr()) {
				orPending = !groups.isEmpty();
				continue;
			}
			List<String> words = words(token.text());
			if (words.isEmpty()) {
				continue;
			}
			clauses++;
			if (token.negated()) {
				excluded.add(words);
			}
			else if (orPending) {
				groups.getLast().add(words);
			}
			else {
				groups.add(new ArrayList<>(List.of(words)));
			}
			orPending = false;
		}
		return new SearchQuery(groups.stream().map(List::copyOf).toList(), List.copyOf(excluded));
	}

	/** Nothing to look for: no words, or only words to leave out. */
	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/**
	 * The query in SQLite FTS5's syntax: every phrase double-quoted (the words hold only
	 * letters and digits, so nothing needs escaping), alternatives in parentheses,
	 * leaving out with {@code NOT}.
	 */
	String toFts5() {
		String positive = this.groups.stream()
			.map((alternatives) -> alternatives.size() == 1 ? quoted(alternatives.getFirst())
					: alternatives.stream().map(SearchQuery::quoted).collect(Collectors.joining(" OR ", "(", ")")))
			.collect(Collectors.joining(" AND "));
		StringBuilder query = new StringBuilder(positive);
		for (List<String> phrase : this.excluded) {
			query.append(" NOT ").append(quoted(phrase));
		}
		return query.toString();
	}

	/**
	 * The query in the syntax of PostgreSQL's {@code websearch_to_tsquery}, which itself
	 * never fails on odd input: phrases quoted, {@code or} between alternatives, a minus
	 * before what to leave out.
	 */
	String toWebSearch() {
		List<String> parts = new ArrayList<>();
		for (List<List<String>> alternatives : this.groups) {
			parts.add(alternatives.stream().map(SearchQuery::quoted).collect(Collectors.joining(" or ")));
		}
		for (List<String> phrase : this.excluded) {
			parts.add("-" + quoted(phrase));
		}
		return String.join(" ", parts);
	}

	/** The words to look for, for highlighting and for the page's title. */
	public String text() {
		List<String> parts = new ArrayList<>();
		for (List<List<String>> alternatives : this.groups) {
			parts.add(alternatives.stream()
				.map((phrase) -> phrase.size() > 1 ? quoted(phrase) : phrase.getFirst())
				.collect(Collectors.joining(" OR ")));
		}
		for (List<String> phrase : this.excluded) {
			parts.add("-" + (phrase.size() > 1 ? quoted(phrase) : phrase.getFirst()));
		}
		return String.join(" ", parts);
	}

	private static String quoted(List<String> phrase) {
		return "\"" + String.join(" ", phrase) + "\"";
	}

	/**
	 * Splits on what the index's tokenizer splits on: anything that is not a letter, a
	 * digit or a combining mark. {@code covid-19} gives the phrase {@code covid 19}, as
	 * the index saw it.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				if (word.length() < MAX_WORD_LENGTH) {
					word.appendCodePoint(Character.toLowerCase(c));
				}
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * Whitespace-separated tokens, a {@code "quoted phrase"} being one token (an
	 * unbalanced quote runs to the end); a leading minus marks a token to leave out.
	 */
	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean negated = false;
			if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
				negated = true;
				i++;
				c = text.charAt(i);
			}
			int end;
			if (c == '"') {
				int close = text.indexOf('"', i + 1);
				end = (close < 0) ? text.length() : close + 1;
				tokens.add(new Token(text.substring(i + 1, (close < 0) ? end : close), negated, true));
			}
			else {
				end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
					end++;
				}
				tokens.add(new Token(text.substring(i, end), negated, false));
			}
			i = end;
		}
		return tokens;
	}

	private record Token(String text, boolean negated, boolean quoted) {

		boolean isOr() {
			return !this.quoted && !this.negated && ("OR".equals(this.text) || "|".equals(this.text));
		}

	}

}
