package org.dateline.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.ArticleService;
import org.dateline.article.AuthorDraft;
import org.dateline.article.AuthorService;
import org.dateline.article.SectionService;
import org.dateline.article.TagService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the story in the same transaction: drafts and scheduled stories are
 * never found, a published one is, its new words replace the old on every save, renamed
 * tags and authors are found by their new names, and an unpublished story is gone.
 */
@NewsroomSiteTest
class SearchIndexTests {

	@Autowired
	SearchService search;

	@Autowired
	SearchIndex index;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Autowired
	TagService tags;

	@Autowired
	AuthorService authors;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	Actor editor;

	@BeforeEach
	void setUp() {
		StaffUser user = this.staff.create("search." + System.nanoTime() + "@newsroom.example", "Search Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
	}

	ArticleDraft draft(String headline, String body, List<String> tags, List<Long> authors) {
		return new ArticleDraft(headline, "", "", this.sections.bySlug("world").orElseThrow().id(), "", body, null,
				tags, authors, true, null);
	}

	List<String> found(String words) {
		return this.search.search(SearchQuery.parse(words), SearchFilter.NONE, 1, 10)
			.hits()
			.stream()
			.map((hit) -> hit.article().headline())
			.toList();
	}

	int version(long id) {
		return this.editing.load(id, this.editor).version();
	}

	@Test
	void theIndexFollowsAStoryFromDraftToUnpublished() {
		long id = this.editing.create(
				draft("Gallowbrook weir to be rebuilt", "Work starts in spring.", List.of(), List.of()), this.editor);
		assertThat(found("gallowbrook")).as("a draft is nobody's business").isEmpty();
		this.editing.publish(id, version(id), this.editor);
		assertThat(found("gallowbrook")).containsExactly("Gallowbrook weir to be rebuilt");
		this.editing.save(id, version(id),
				draft("Hollinsmere weir to be rebuilt", "Work starts in summer.", List.of("Riverworks"), List.of()),
				this.editor, true, "");
		assertThat(found("gallowbrook")).isEmpty();
		assertThat(found("hollinsmere summer")).containsExactly("Hollinsmere weir to be rebuilt");
		assertThat(found("riverworks")).containsExactly("Hollinsmere weir to be rebuilt");
		this.editing.unpublish(id, version(id), this.editor);
		assertThat(found("hollinsmere")).isEmpty();
	}

	@Test
	void aScheduledStoryIsFoundOnlyOnceItIsOut() {
		long id = this.editing
			.create(draft("Quarrendon lighthouse relit", "The lamp shines again.", List.of(), List.of()), this.editor);
		this.editing.schedule(id, version(id), Instant.now().plus(Duration.ofDays(2)), this.editor);
		assertThat(found("quarrendon")).isEmpty();
	}

	@Test
	void renamedTagsAndAuthorsAreFoundByTheirNewNames() {
		long author = this.articles.createAuthor("pim-oddbody-" + System.nanoTime(), "Pim Oddbody", "");
		long id = this.editing.create(
				draft("Ferns return to the moor", "A wet summer helped.", List.of("Mossland"), List.of(author)),
				this.editor);
		this.editing.publish(id, version(id), this.editor);
		assertThat(found("mossland oddbody")).containsExactly("Ferns return to the moor");
		long tag = this.articles.tag("mossland").orElseThrow().id();
		this.tags.rename(tag, "Fernlands", "fernlands");
		assertThat(found("mossland")).isEmpty();
		assertThat(found("fernlands")).containsExactly("Ferns return to the moor");
		var profile = this.authors.profile(author, this.editor).author();
		this.authors.update(author, new AuthorDraft("Pim Quillby", profile.slug(), "", "", null), this.editor);
		assertThat(found("oddbody")).isEmpty();
		assertThat(found("quillby")).containsExactly("Ferns return to the moor");
	}

	@Test
	void theIndexIsWrittenInTheStorysTransaction() {
		Long[] created = new Long[1];
		this.transaction.executeWithoutResult((status) -> {
			long id = this.editing.create(draft("Larkspur ferry cancelled", "Storms again.", List.of(), List.of()),
					this.editor);
			this.editing.publish(id, version(id), this.editor);
			created[0] = id;
			assertThat(documents(id)).as("inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(documents(created[0])).as("rolled back with the story").isZero();
		assertThat(found("larkspur")).isEmpty();
	}

	@Test
	void onStartPublishedStoriesWithoutADocumentAreIndexed() {
		long id = this.editing.create(draft("Ambermoor school reopens", "Pupils return.", List.of(), List.of()),
				this.editor);
		this.editing.publish(id, version(id), this.editor);
		this.index.remove(id); // as on a site from before search
		assertThat(found("ambermoor")).isEmpty();
		this.index.afterSingletonsInstantiated();
		assertThat(found("ambermoor")).containsExactly("Ambermoor school reopens");
	}

	long documents(long id) {
		return this.jdbc.sql("SELECT count(*) FROM search_document WHERE article_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
