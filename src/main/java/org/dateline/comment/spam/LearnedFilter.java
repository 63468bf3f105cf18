package org.dateline.comment.spam;

import org.dateline.comment.SpamScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A naive Bayes filter trained on this newsroom's own approve and spam decisions. Each
 * comment is a set of tokens (words, linked domains, the address's domain); a token's
 * weight is how much more often it appeared in spam than in approved comments, smoothed
 * so rare tokens count little. No third-party service sees a comment.
 */
public final class LearnedFilter {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_-]{1,29}");

	private static final Pattern DOMAIN = Pattern.compile("(?i)(?:https?://|www\\.)([a-z0-9.-]+)");

	private static final int EVIDENCE = 5;

	private LearnedFilter() {
	}

	public static Set<String> tokens(Submission s) {
		Set<String> tokens = new LinkedHashSet<>();
		String text = (s.body() + " " + s.name()).toLowerCase(Locale.ROOT);
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			tokens.add(words.group());
		}
		Matcher domains = DOMAIN.matcher(s.body() + " " + s.website());
		while (domains.find()) {
			tokens.add("link:" + domains.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
		}
		if (!s.website().isBlank()) {
			tokens.add("has-website");
		}
		if (!s.emailDomain().isEmpty()) {
			tokens.add("email-domain:" + s.emailDomain());
		}
		return tokens;
	}

	/**
	 * @param counts spam and ham document counts of each token that was seen in training
	 * @param spamTotal how many comments were learned as spam
	 * @param hamTotal how many were learned as approved
	 * @param minimumEach how many of each kind before the filter acts
	 */
	public static SpamScore score(Set<String> tokens, Map<String, long[]> counts, long spamTotal, long hamTotal,
			int minimumEach) {
		if (spamTotal == 0 || hamTotal == 0) {
			return SpamScore.NONE;
		}
		double logOdds = Math.log((double) spamTotal / hamTotal);
		List<Map.Entry<String, Double>> weights = new ArrayList<>();
		for (String token : tokens) {
			long[] count = counts.get(token);
			if (count == null) {
				continue;
			}
			double spam = (count[0] + 1.0) / (spamTotal + 2.0);
			double ham = (count[1] + 1.0) / (hamTotal + 2.0);
			double weight = Math.log(spam / ham);
			logOdds += weight;
			weights.add(Map.entry(token, weight));
		}
		double probability = 1 / (1 + Math.exp(-logOdds));
		String evidence = weights.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
			.limit(EVIDENCE)
			.map((e) -> e.getKey() + (e.getValue() >= 0 ? " +" : " \u2212")
					+ String.format(Locale.ROOT, "%.1f", Math.abs(e.getValue())))
			.collect(Collectors.joining(", "));
		boolean acting = spamTotal >= minimumEach && hamTotal >= minimumEach;
		return new SpamScore(true, acting, probability, evidence.isEmpty() ? "no known words" : evidence);
	}

}
