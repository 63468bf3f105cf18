package org.dateline.newsroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.ArticleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's article list, narrowed by status, section and byline, searched by
 * headline and sorted, as the filter form's query parameters ask. Every headline carries
 * a word of this test's own, and every request searches for it, so the stories other
 * tests write on the shared site never show up.
 */
@NewsroomSiteTest
class ArticleListFilterTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcClient jdbc;

	Stories stories;

	Newsroom editor;

	String word;

	String zebra;

	String alpaca;

	String mango;

	long lena;

	long omar;

	long world;

	long culture;

	/**
	 * Three stories, written in this order: a draft in World by Lena, a published story
	 * in Culture by Omar, and a published story in World by Lena.
	 */
	@BeforeEach
	void setUp() {
		this.stories = new Stories(this.jdbc);
		this.editor = Newsroom.as(this.client, this.staff, Role.EDITOR);
		String n = Stories.unique();
		this.word = "listed" + n;
		this.zebra = "Zebra crossings repainted " + this.word;
		this.alpaca = "Alpaca wool fair returns " + this.word;
		this.mango = "Mango harbour opens " + this.word;
		this.lena = this.articles.createAuthor("lena-" + n, "Lena Filter " + n, "");
		this.omar = this.articles.createAuthor("omar-" + n, "Omar Filter " + n, "");
		this.world = this.stories.sectionId("world");
		this.culture = this.stories.sectionId("culture");
		Map<String, String> draft = new HashMap<>(Newsroom.article(this.zebra, this.world));
		draft.put("authors", Long.toString(this.lena));
		SiteClient.Response created = this.editor.post("/newsroom/articles", draft);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		this.stories.publish(this.editor, this.alpaca, this.culture, "Farming", this.omar);
		this.stories.publish(this.editor, this.mango, this.world, "Transport", this.lena);
	}

	/** The headlines the list shows for this test's stories, top to bottom. */
	List<String> listed(String query) {
		SiteClient.Response list = this.editor.get("/newsroom/articles?q=" + this.word + query);
		assertThat(list.status()).isEqualTo(200);
		return list.document().select("tbody tr td:first-child a").eachText();
	}

	@Test
	void theSearchFindsHeadlinesWhateverTheirCase() {
		assertThat(listed("&sort=headline")).containsExactly(this.alpaca, this.mango, this.zebra);
		assertThat(this.editor.get("/newsroom/articles?q=MANGO+HARBOUR+OPENS+" + this.word.toUpperCase())
			.document()
			.select("tbody tr td:first-child a")
			.eachText()).containsExactly(this.mango);
		assertThat(this.editor.get("/newsroom/articles?q=no+such+headline+" + this.word)
			.document()
			.selectFirst(".empty-list")
			.text()).isEqualTo("No articles match.");
	}

	@Test
	void theStatusFilterShowsOnlyStoriesInThatStatus() {
		assertThat(listed("&status=draft")).containsExactly(this.zebra);
		assertThat(listed("&status=published&sort=headline")).containsExactly(this.alpaca, this.mango);
		assertThat(listed("&status=scheduled")).isEmpty();
	}

	@Test
	void theSectionFilterShowsOnlyThatSectionsStories() {
		assertThat(listed("&section=" + this.world + "&sort=headline")).containsExactly(this.mango, this.zebra);
		assertThat(listed("&section=" + this.culture)).containsExactly(this.alpaca);
	}

	@Test
	void theBylineFilterShowsOnlyThatAuthorsStories() {
		assertThat(listed("&author=" + this.lena + "&sort=headline")).containsExactly(this.mango, this.zebra);
		assertThat(listed("&author=" + this.omar)).containsExactly(this.alpaca);
	}

	@Test
	void filtersCombine() {
		assertThat(listed("&status=published&section=" + this.world + "&author=" + this.lena))
			.containsExactly(this.mango);
		assertThat(listed("&status=draft&author=" + this.omar)).isEmpty();
	}

	@Test
	void theListSortsByLastChangeByDefault() {
		assertThat(listed("")).containsExactly(this.mango, this.alpaca, this.zebra);
		Map<String, String> form = new HashMap<>(Newsroom.article(this.zebra, this.world));
		long id = this.jdbc.sql("SELECT id FROM article WHERE headline = :headline")
			.param("headline", this.zebra)
			.query(Long.class)
			.single();
		form.put("authors", Long.toString(this.lena));
		form.put("body", "A paragraph added later.");
		form.put("version",
				Integer.toString(this.jdbc.sql("SELECT version FROM article WHERE id = :id")
					.param("id", id)
					.query(Integer.class)
					.single()));
		form.put("action", "save");
		assertThat(this.editor.post("/newsroom/articles/" + id, form).status()).isEqualTo(302);
		assertThat(listed("")).as("the draft just saved comes first")
			.containsExactly(this.zebra, this.mango, this.alpaca);
		assertThat(listed("&sort=recently_changed")).containsExactly(this.zebra, this.mango, this.alpaca);
	}

	@Test
	void theListSortsByPublicationOrHeadline() {
		assertThat(listed("&sort=newest_published")).as("the unpublished draft last")
			.containsExactly(this.mango, this.alpaca, this.zebra);
		assertThat(listed("&sort=headline")).containsExactly(this.alpaca, this.mango, this.zebra);
	}

	@Test
	void theFormShowsTheFiltersInUse() {
		var form = this.editor
			.get("/newsroom/articles?q=" + this.word + "&status=published&section=" + this.culture + "&author="
					+ this.omar + "&sort=headline")
			.document()
			.selectFirst("form.filters");
		assertThat(form.selectFirst("#filter-q").val()).isEqualTo(this.word);
		assertThat(form.selectFirst("#filter-status option[selected]").val()).isEqualTo("published");
		assertThat(form.selectFirst("#filter-section option[selected]").val()).isEqualTo(Long.toString(this.culture));
		assertThat(form.selectFirst("#filter-author option[selected]").val()).isEqualTo(Long.toString(this.omar));
		assertThat(form.selectFirst("#filter-sort option[selected]").val()).isEqualTo("headline");
	}

}
