package org.dateline.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what readers type: the syntax they know, and nothing of the database's. */
class SearchQueryTests {

	@Test
	void wordsMustAllMatch() {
		SearchQuery query = SearchQuery.parse("harbour  strike");
		assertThat(query.toFts5()).isEqualTo("\"harbour\" AND \"strike\"");
		assertThat(query.toWebSearch()).isEqualTo("\"harbour\" \"strike\"");
		assertThat(query.text()).isEqualTo("harbour strike");
	}

	@Test
	void quotesMakeAPhraseAndMinusLeavesOut() {
		SearchQuery query = SearchQuery.parse("\"rail tunnel\" -Andes");
		assertThat(query.toFts5()).isEqualTo("\"rail tunnel\" NOT \"andes\"");
		assertThat(query.toWebSearch()).isEqualTo("\"rail tunnel\" -\"andes\"");
	}

	@Test
	void orJoinsAlternatives() {
		SearchQuery query = SearchQuery.parse("flood OR drought farmers");
		assertThat(query.toFts5()).isEqualTo("(\"flood\" OR \"drought\") AND \"farmers\"");
		assertThat(query.toWebSearch()).isEqualTo("\"flood\" or \"drought\" \"farmers\"");
	}

	@Test
	void punctuationInsideAWordMakesAPhraseAsTheIndexSawIt() {
		assertThat(SearchQuery.parse("covid-19").toFts5()).isEqualTo("\"covid 19\"");
		assertThat(SearchQuery.parse("O'Brien's").toFts5()).isEqualTo("\"o brien s\"");
	}

	@Test
	void lettersOfEveryScriptAndAccentsAreWords() {
		assertThat(SearchQuery.parse("São Paulo").groups()).containsExactly(List.of(List.of("são")),
				List.of(List.of("paulo")));
		assertThat(SearchQuery.parse("東京 Zürich").groups()).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"", "\"\"", "-", "--", "()", ")))(((", "*", "^", "OR", "OR OR", "-flood",
			"!@#$%^&*", "\u0000\u0001" })
	void nothingToLookForIsEmpty(String input) {
		assertThat(SearchQuery.parse(input).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced flood", "(flood", "flood)", "title:flood", "flood NEAR/2 farmers", "flood*",
			"^flood", "flood AND", "NOT flood", "flood OR", "flood' OR 1=1 --", "{flood}", "flood + farmers",
			"flood\"b\"c", "flood -\"", "\\\"flood\\\"" })
	void oddInputBecomesQuotedWordsOnly(String input) {
		String fts = SearchQuery.parse(input).toFts5();
		assertThat(fts).contains("flood");
		// outside the quotes there are only the operators this class writes
		String outside = fts.replaceAll("\"[^\"]*\"", "");
		assertThat(outside).matches("[\\s()]*((AND|OR|NOT)[\\s()]*)*");
	}

	@Test
	void longInputIsCutAndClausesAreBounded() {
		SearchQuery query = SearchQuery.parse("word ".repeat(500));
		assertThat(query.groups()).hasSize(SearchQuery.MAX_CLAUSES);
		SearchQuery longWord = SearchQuery.parse("x".repeat(150));
		assertThat(longWord.groups().getFirst().getFirst().getFirst()).hasSize(SearchQuery.MAX_WORD_LENGTH);
	}

}
