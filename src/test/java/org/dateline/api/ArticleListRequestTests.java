package org.dateline.api;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list's parameters, checked, and carried to the next page intact. */
class ArticleListRequestTests {

	@Test
	void theNextPageKeepsEveryFilterExactly() {
		ArticleListRequest request = new ArticleListRequest("world", "climate & energy", null,
				"2025-05-01T09:30:00+02:00", null, "5", "ignored");
		String next = request.next("https://news.example/api/v1/articles", "MTo1OjY");
		assertThat(next).startsWith("https://news.example/api/v1/articles?section=world&tag=climate+%26+energy")
			.contains("since=2025-05-01T09%3A30%3A00%2B02%3A00")
			.endsWith("&limit=5&cursor=MTo1OjY")
			.doesNotContain("ignored");
		assertThat(URI.create(next).getQuery()).contains("since=2025-05-01T09:30:00+02:00");
	}

	@Test
	void theLimitIsBounded() {
		assertThat(new ArticleListRequest(null, null, null, null, null, null, null).pageSize()).isEqualTo(20);
		assertThat(new ArticleListRequest(null, null, null, null, null, " 100 ", null).pageSize()).isEqualTo(100);
		for (String limit : new String[] { "0", "101", "-3", "1.5", "x", "99999999999" }) {
			assertThatThrownBy(() -> new ArticleListRequest(null, null, null, null, null, limit, null).pageSize())
				.isInstanceOf(BadParameterException.class)
				.hasMessageContaining("'limit'");
		}
	}

	@Test
	void aCursorIsOnlyOneTheApiHandedOut() {
		String cursor = ArticleCursor
			.encode(new org.dateline.article.ArticleQuery.Keyset(java.time.Instant.ofEpochMilli(1746091800123L), 42));
		assertThat(ArticleCursor.decode(cursor).id()).isEqualTo(42);
		assertThat(ArticleCursor.decode(cursor).publishedAt().toEpochMilli()).isEqualTo(1746091800123L);
		for (String bad : new String[] { "", "!!", "MTo1", cursor + "x", "Mjo1OjY" }) {
			assertThatThrownBy(() -> ArticleCursor.decode(bad)).isInstanceOf(BadParameterException.class);
		}
	}

}
