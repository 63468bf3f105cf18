package org.dateline.comment.spam;

import java.util.EnumSet;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkType;

/** Holds comments with more links than a conversation needs. */
public record LinkCheck(int maxLinks) implements CommentCheck {

	private static final LinkExtractor LINKS = LinkExtractor.builder()
		.linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
		.build();

	@Override
	public String name() {
		return "links";
	}

	@Override
	public Verdict check(Submission s) {
		long links = 0;
		for (var ignored : LINKS.extractLinks(s.body())) {
			links++;
		}
		if (links > this.maxLinks) {
			return Verdict.hold(name(), links + " links; more than " + this.maxLinks + " are held");
		}
		return Verdict.pass(name());
	}

}
