package org.dateline.article;

import java.time.Instant;

import org.dateline.DemoPaths;
import org.dateline.QueryCounter;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.comment.CommentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page costs a fixed number of SQL statements, whatever it shows: more comments,
 * bylines or related stories never mean more queries (no N+1).
 */
@SiteTest
class QueryCountTests {

	/**
	 * Article, bylines, tags, corrections, comments, related (two queries) and their
	 * bylines.
	 */
	static final int ARTICLE_PAGE = 8;

	/**
	 * Lead and top stories, the per-section statement, bylines, and the count for "more
	 * stories".
	 */
	static final int FRONT_PAGE = 5;

	/** The list, its bylines, the count for pagination, and the tag or author itself. */
	static final int LIST_PAGE = 4;

	@Autowired
	QueryCounter queries;

	@Autowired
	CommentService comments;

	@Autowired
	SiteClient client;

	/**
	 * The statements a page costs when it is rendered. The page cache would answer from
	 * memory with none; the pending comments cookie makes the page personal, so it is
	 * rendered every time.
	 */
	private int queriesFor(String path) {
		this.client.get(path, "Cookie", RENDER_EVERY_TIME); // warm: settings and sections
															// are kept after this
		this.queries.reset();
		assertThat(this.client.get(path, "Cookie", RENDER_EVERY_TIME).status()).isEqualTo(200);
		return this.queries.count();
	}

	static final String RENDER_EVERY_TIME = "dateline_pending=";

	@Test
	void theArticlePageCostsTheSameWhateverItsComments() {
		String path = DemoPaths.article(this.client, "culture", "lodz-animation-festival-lighthouse-prize");
		int before = queriesFor(path);
		assertThat(before).as(this.queries.statements()).isLessThanOrEqualTo(ARTICLE_PAGE);
		assertThat(this.client.get(path, "Cookie", RENDER_EVERY_TIME).document().select("li.comment")).hasSize(2);
		long id = idOf(path);
		Long parent = null;
		for (int i = 0; i < 25; i++) {
			parent = this.comments.addApproved(id, i % 5 == 0 ? null : parent, "Reader " + i, "r" + i + "@example.org",
					"", "Comment number " + i, Instant.parse("2026-11-28T00:00:00Z").plusSeconds(i));
		}
		assertThat(this.client.get(path, "Cookie", RENDER_EVERY_TIME).document().select("li.comment")).hasSize(27);
		assertThat(queriesFor(path)).isEqualTo(before);
	}

	@Test
	void listPagesCostAFixedNumberOfQueries() {
		assertThat(queriesFor("/")).isLessThanOrEqualTo(FRONT_PAGE);
		assertThat(queriesFor("/world/")).isLessThanOrEqualTo(LIST_PAGE);
		assertThat(queriesFor("/tag/climate")).isLessThanOrEqualTo(LIST_PAGE);
		assertThat(queriesFor("/author/maya-okafor")).isLessThanOrEqualTo(LIST_PAGE);
		assertThat(queriesFor("/?page=2")).isLessThanOrEqualTo(LIST_PAGE);
	}

	@Autowired
	ArticleService articles;

	private long idOf(String path) {
		return this.articles.published(path.substring(path.lastIndexOf('/') + 1)).id();
	}

}
