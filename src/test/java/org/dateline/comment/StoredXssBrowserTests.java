package org.dateline.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dateline.Browser;
import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.XssCorpus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored cross-site scripting through the comment form: every vector of the corpus is
 * posted as a commenter's name, website and comment, published, and the article page is
 * opened in headless Chromium, where nothing may run or be injected. The markup is
 * checked too, so the test does not lean on the Content-Security-Policy alone.
 */
@SiteTest
class StoredXssBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noAttackStringPostedAsACommentRunsInTheBrowser() {
		String path = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		Poster poster = new Poster(this.client, this.tokens);
		long article = poster.articleId(path);
		List<String> vectors = XssCorpus.vectors();
		assertThat(vectors).hasSizeGreaterThanOrEqualTo(100);
		List<Long> stored = new ArrayList<>();
		for (String vector : vectors) {
			String email = Poster.uniqueEmail("xss");
			this.comments.addApproved(article, null, "Regular", email, "", "Earlier.", Instant.now().minusSeconds(60));
			Map<String, String> form = poster.form(path, XssCorpus.clip(vector, 100), email, vector);
			form.put("website", XssCorpus.clip("https://xss.invalid/" + vector.replaceAll("\\s", "%20"), 200));
			SiteClient.Response response = poster.post(this.client, path, form);
			if (response.status() == 422) {
				Map<String, String> plain = poster.form(path, "Plain Name", email, vector);
				response = poster.post(this.client, path, plain);
			}
			if (response.status() == 303) {
				stored.add(Poster.commentId(response));
			}
		}
		assertThat(stored).as("most vectors are stored, and so rendered").hasSizeGreaterThan(vectors.size() * 9 / 10);
		this.moderation.decide(stored, CommentModeration.Action.APPROVE, "xss test");

		try (Browser browser = Browser.start()) {
			browser.watchForInjectedScripts();
			ChromeDriver driver = browser.driver();
			driver.get("http://localhost:" + this.port + path);
			assertThat(driver.findElements(By.cssSelector("ol.comment-list li.comment")).size())
				.isGreaterThanOrEqualTo(stored.size());
			assertThat(browser.scriptRan()).as("an injected script ran or an injected element appeared").isFalse();
			Object unsafe = driver.executeScript(
					"""
							const list = document.querySelector('ol.comment-list');
							const bad = [];
							list.querySelectorAll('*').forEach(function (el) {
							  if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'FORM', 'BASE', 'META', 'LINK', 'STYLE']
							        .includes(el.tagName.toUpperCase())) { bad.push(el.tagName); }
							  for (const attr of el.attributes) {
							    const url = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background',
							               'data', 'code', 'codebase'].includes(attr.name);
							  if (attr.name.startsWith('on') || (url && /^\\s*(javascript|vbscript|data):/i.test(attr.value))) {
							      bad.push(el.tagName + ' ' + attr.name);
							    }
							  }
							});
							return bad.join(', ');
							""");
			assertThat(unsafe).as("no active markup in the comments").isEqualTo("");
			String firstVector = vectors.getFirst();
			assertThat(driver.findElement(By.tagName("body")).getText()).as("attacks are shown as the text they are")
				.contains(firstVector.lines().findFirst().orElseThrow().strip());
			browser.screenshot("stored-xss-comments");
		}
	}

}
