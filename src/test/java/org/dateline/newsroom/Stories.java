package org.dateline.newsroom;

import java.util.HashMap;
import java.util.Map;

import org.dateline.SiteClient;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files and publishes stories through the newsroom's own forms, for tests about what
 * stories are filed under: sections, tags and bylines.
 */
final class Stories {

	private final JdbcClient jdbc;

	Stories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A number to keep names and slugs of one test apart from every other's. */
	static String unique() {
		return Long.toString(System.nanoTime() % 1_000_000_000L);
	}

	/** Writes a story with these tags (comma-separated) and publishes it; its id. */
	long publish(Newsroom editor, String headline, long section, String tags) {
		return publish(editor, headline, section, tags, null);
	}

	/** Writes a story with these tags and this byline, and publishes it; its id. */
	long publish(Newsroom editor, String headline, long section, String tags, Long author) {
		Map<String, String> form = new HashMap<>(Newsroom.article(headline, section));
		form.put("tags", tags);
		if (author != null) {
			form.put("authors", author.toString());
		}
		SiteClient.Response created = editor.post("/newsroom/articles", form);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long id = Newsroom.articleId(created);
		form.put("version", Integer.toString(version(id)));
		form.put("action", "publish");
		form.put("confirm", "yes");
		SiteClient.Response published = editor.post("/newsroom/articles/" + id, form);
		assertThat(published.status()).as(published.body()).isEqualTo(302);
		return id;
	}

	/** Where a redirect points, as a path on the test site. */
	static String location(SiteClient.Response response) {
		String location = response.header("Location")
			.orElseThrow(() -> new AssertionError("No redirect: " + response.status()));
		return location.startsWith(response.base()) ? location.substring(response.base().length()) : location;
	}

	/** The story's address on the site, as the editor shows it. */
	String path(Newsroom editor, long id) {
		return editor.get("/newsroom/articles/" + id)
			.document()
			.selectFirst("a:containsOwn(View on the site)")
			.attr("href");
	}

	long sectionId(String slug) {
		return this.jdbc.sql("SELECT id FROM section WHERE slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	long tagId(String slug) {
		return this.jdbc.sql("SELECT id FROM tag WHERE slug = :slug").param("slug", slug).query(Long.class).single();
	}

	long authorId(String slug) {
		return this.jdbc.sql("SELECT id FROM author WHERE slug = :slug").param("slug", slug).query(Long.class).single();
	}

	private int version(long id) {
		return this.jdbc.sql("SELECT version FROM article WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
