package org.dateline.comment.spam;

import java.util.List;

/** Holds comments containing words the newsroom wants to see first. */
public record ModerationWordsCheck(List<String> words) implements CommentCheck {

	@Override
	public String name() {
		return "moderation-words";
	}

	@Override
	public Verdict check(Submission s) {
		String word = Words.firstFound(s.body() + " " + s.name() + " " + s.website(), this.words);
		return word == null ? Verdict.pass(name()) : Verdict.hold(name(), "contains \"" + word + "\"");
	}

}
