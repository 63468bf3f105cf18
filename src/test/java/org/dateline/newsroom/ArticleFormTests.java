package org.dateline.newsroom;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor's form as the browser sends it, read into a draft. */
class ArticleFormTests {

	static ArticleForm form(List<String> authors) {
		return new ArticleForm("A headline", "A dek", "", "1", "OSLO", "Text.", "", "Transport, Cities", authors, true,
				"");
	}

	@Test
	void theSameBylineSentTwiceIsOneBylineInTheOrderFirstSent() {
		assertThat(form(List.of("7", "3", "7")).draft(ZoneOffset.UTC).authorIds()).containsExactly(7L, 3L);
	}

	@Test
	void aBylineThatIsNotANumberIsNamedInTheMessage() {
		assertThatThrownBy(() -> form(List.of("7", "seven")).draft(ZoneOffset.UTC))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("byline");
	}

}
