package org.dateline.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marks become {@code <mark>} only after the text is escaped. */
class HighlightsTests {

	@Test
	void textIsEscapedAndMarksBecomeMarkElements() {
		assertThat(Highlights.html("Tom & Jerry <b>\u0001flood\u0002</b>"))
			.isEqualTo("Tom &amp; Jerry &lt;b&gt;<mark>flood</mark>&lt;/b&gt;");
	}

	@Test
	void unbalancedMarksNeverLeaveAnElementOpen() {
		assertThat(Highlights.html("\u0001a \u0001b")).isEqualTo("<mark>a b</mark>");
		assertThat(Highlights.html("a\u0002 b")).isEqualTo("a b");
	}

	@Test
	void storedTextCannotCarryAMark() {
		assertThat(SearchIndex.plain("fake \u0001mark\u0002 here")).isEqualTo("fake  mark  here");
	}

}
