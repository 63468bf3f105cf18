package org.dateline.newsroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.article.ArticleService;
import org.dateline.article.SectionService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the article editor's tests share: a desk of a given role, stories made and acted
 * on through the real editor form, and where a story is.
 */
abstract class ArticleDeskFixture {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcClient jdbc;

	long world;

	@BeforeEach
	void setUp() {
		this.world = this.sections.bySlug("world").orElseThrow().id();
	}

	Newsroom as(Role role) {
		return Newsroom.as(this.client, this.staff, role);
	}

	long create(Newsroom desk, String headline) {
		SiteClient.Response response = desk.post("/newsroom/articles", Newsroom.article(headline, this.world));
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		// as a browser does: the editor opens with its "Draft saved." notice
		assertThat(desk.follow(response).document().selectFirst(".notice-success").text()).isEqualTo("Draft saved.");
		return Newsroom.articleId(response);
	}

	int version(long id) {
		return this.jdbc.sql("SELECT version FROM article WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	String slug(long id) {
		return this.jdbc.sql("SELECT slug FROM article WHERE id = :id").param("id", id).query(String.class).single();
	}

	String status(long id) {
		return this.jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
	}

	SiteClient.Response act(Newsroom desk, long id, String action, Map<String, String> changes) {
		Map<String, String> form = new HashMap<>(Newsroom.article("Unchanged", this.world));
		Document page = desk.get("/newsroom/articles/" + id).document();
		for (String field : form.keySet()) {
			var input = page
				.selectFirst("#article-form [name=" + field + "]" + (field.equals("authors") ? "[checked]" : ""));
			if (input != null) {
				form.put(field, input.tagName().equals("textarea") ? input.wholeText()
						: input.tagName().equals("select") ? input.selectFirst("option[selected]").val() : input.val());
			}
		}
		if (page.selectFirst("#article-comments[checked]") == null) {
			form.remove("commentsOpen");
		}
		form.put("version", Integer.toString(version(id)));
		form.put("action", action);
		form.putAll(changes);
		return desk.post("/newsroom/articles/" + id, form);
	}

	/** A time the editor's datetime fields take, this many days from now (UTC). */
	static String daysFromNow(int days) {
		return LocalDateTime.now(ZoneOffset.UTC).plusDays(days).withSecond(0).withNano(0).toString().substring(0, 16);
	}

	String publicPath(long id) {
		String slug = this.jdbc.sql("SELECT slug FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		long published = this.jdbc.sql("SELECT published_at FROM article WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		var day = java.time.Instant.ofEpochMilli(published).atZone(ZoneOffset.UTC).toLocalDate();
		return "/world/%04d/%02d/%02d/%s".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug);
	}

}
