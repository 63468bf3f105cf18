package org.dateline.comment.spam;

import java.util.List;
import java.util.Locale;

/**
 * Rejects comments from blocked addresses, domains or IPs, or containing blocked words.
 * An IP entry ending in a dot or colon blocks a whole prefix ({@code 203.0.113.}).
 */
public record BlockListCheck(List<String> words, List<String> ips, List<String> emails,
		List<String> domains) implements CommentCheck {

	@Override
	public String name() {
		return "block-list";
	}

	@Override
	public Verdict check(Submission s) {
		String email = s.email().toLowerCase(Locale.ROOT);
		for (String blocked : this.emails) {
			if (!blocked.isBlank() && email.equals(blocked.strip().toLowerCase(Locale.ROOT))) {
				return Verdict.reject(name(), "blocked email address");
			}
		}
		for (String blocked : this.ips) {
			String ip = blocked.strip();
			if (!ip.isEmpty()
					&& (s.ip().equals(ip) || ((ip.endsWith(".") || ip.endsWith(":")) && s.ip().startsWith(ip)))) {
				return Verdict.reject(name(), "blocked IP " + ip);
			}
		}
		String text = (s.body() + " " + s.website() + " " + s.name()).toLowerCase(Locale.ROOT);
		for (String blocked : this.domains) {
			String domain = blocked.strip().toLowerCase(Locale.ROOT);
			if (!domain.isEmpty() && (s.emailDomain().equals(domain) || s.emailDomain().endsWith("." + domain)
					|| text.contains(domain))) {
				return Verdict.reject(name(), "blocked domain " + domain);
			}
		}
		String word = Words.firstFound(text, this.words);
		return word == null ? Verdict.pass(name()) : Verdict.reject(name(), "blocked word \"" + word + "\"");
	}

}
