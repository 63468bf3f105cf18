package org.dateline.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo site is a real newsroom's worth: what the foundation issue asks of it, checked
 * on the source files.
 */
class DemoContentTests {

	private static final Pattern AGENCY_CAPTION = Pattern.compile("[\\p{Lu} .'-]+, [\\p{Lu} .'-]+ - \\{DATE}: .+");

	private static final Pattern CREDIT = Pattern.compile("Photo: [^/]+ / .+");

	private static final Pattern DATELINE = Pattern.compile("[\\p{Lu} .'-]+, \\p{Lu}.+");

	private final DemoContent content = DemoContent.load();

	@Test
	void hasSectionsAuthorsAndTwentyFourArticles() {
		assertThat(this.content.sections()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.content.authors()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.content.articles()).hasSizeGreaterThanOrEqualTo(24);
		assertThat(this.content.articles()).extracting(DemoContent.ArticleData::slug).doesNotHaveDuplicates();
	}

	@Test
	void everyArticleHasAHeroPhotoInAgencyStyleADatelineAndTags() {
		for (DemoContent.ArticleData article : this.content.articles()) {
			assertThat(article.photo()).as(article.slug()).isNotNull();
			assertThat(article.photo().caption()).as(article.slug()).matches(AGENCY_CAPTION);
			assertThat(article.photo().credit()).as(article.slug()).matches(CREDIT);
			assertThat(article.photo().alt()).as(article.slug()).isNotBlank().isNotEqualTo(article.photo().caption());
			assertThat(article.dateline()).as(article.slug()).matches(DATELINE);
			assertThat(article.tags()).as(article.slug()).isNotEmpty();
			assertThat(article.body()).as(article.slug()).isNotBlank().doesNotStartWith(article.dateline());
		}
	}

	@Test
	void someArticlesCarryCorrectionsAndApprovedCommentsWithReplies() {
		assertThat(this.content.articles()).anySatisfy((a) -> assertThat(a.corrections()).isNotEmpty());
		int replies = 0;
		for (DemoContent.ArticleData article : this.content.articles()) {
			Set<String> ids = new HashSet<>();
			for (DemoContent.CommentData comment : article.comments()) {
				if (comment.parent() != null) {
					assertThat(ids).as("a reply follows its parent in " + article.slug()).contains(comment.parent());
					replies++;
				}
				assertThat(comment.email()).matches(".+@example\\.(org|com|net)");
				assertThat(comment.hoursAgo()).isLessThan(article.hoursAgo());
				ids.add(comment.id());
			}
		}
		assertThat(replies).isGreaterThanOrEqualTo(1);
	}

	@Test
	void everyArticleNamesKnownSectionsAndAuthors() {
		Set<String> sections = new HashSet<>();
		this.content.sections().forEach((s) -> sections.add(s.slug()));
		Set<String> authors = new HashSet<>();
		this.content.authors().forEach((a) -> authors.add(a.slug()));
		for (DemoContent.ArticleData article : this.content.articles()) {
			assertThat(sections).as(article.slug()).contains(article.section());
			assertThat(authors).as(article.slug()).containsAll(article.authors());
		}
	}

	@Test
	void scenesArePaintedTheSameEveryTime() {
		var first = ScenePainter.paint("harbour", "dusk", 7);
		var second = ScenePainter.paint("harbour", "dusk", 7);
		assertThat(first.getWidth()).isEqualTo(ScenePainter.WIDTH);
		for (int y = 0; y < first.getHeight(); y += 97) {
			for (int x = 0; x < first.getWidth(); x += 89) {
				assertThat(first.getRGB(x, y)).isEqualTo(second.getRGB(x, y));
			}
		}
	}

}
