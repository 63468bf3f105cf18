package org.dateline.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commenter's email address never appears in a public page, a header, an error or a log
 * line: comments are posted every way there is (published, held, refused, rejected,
 * reported), then every public URL is read and searched.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class CommentPrivacyTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Test
	void noResponseOrLogLineEverCarriesACommentersEmailAddress(CapturedOutput output) {
		Poster poster = new Poster(this.client, this.tokens);
		String path = DemoPaths.article(this.client, "culture", "bogota-book-fair-translated-fiction");
		long article = poster.articleId(path);
		List<String> emails = new ArrayList<>();
		String published = Poster.uniqueEmail("published");
		this.comments.addApproved(article, null, "Known", published, "", "Earlier.", Instant.now().minusSeconds(3600));
		emails.add(published);
		SiteClient.Response ok = poster.post(this.client, path,
				poster.form(path, "Known", published, "A published comment."));
		String held = Poster.uniqueEmail("held");
		emails.add(held);
		SiteClient.Response pending = poster.post(this.client, path,
				poster.form(path, "Held", held, "A held comment."));
		String blocked = "blocked." + System.nanoTime() + "@spam.example";
		emails.add(blocked);
		poster.post(this.client, path, poster.form(path, "Blocked", blocked, "Rejected."));
		String honeypot = Poster.uniqueEmail("bot");
		emails.add(honeypot);
		Map<String, String> bot = poster.form(path, "Bot", honeypot, "Bot text");
		bot.put("homepage", "filled");
		poster.post(this.client, path, bot);
		String replier = Poster.uniqueEmail("replier");
		emails.add(replier);
		Map<String, String> badReply = poster.form(path, "Replier", replier, "Reply to nothing.");
		badReply.put("parent", "123456789");
		poster.post(this.client, path, badReply);
		this.client.post("/comments/" + Poster.commentId(ok) + "/report", Map.of("reason", "Off topic"));

		Set<String> pages = new LinkedHashSet<>(List.of("/", "/?page=2", "/world/", "/business/", "/science/",
				"/culture/", "/tag/books", "/author/daniel-achterberg", path, path + "?replyto=" + Poster.commentId(ok),
				"/comments/" + Poster.commentId(ok) + "/report", "/comments/token?article=" + article,
				"/no-such-page"));
		for (String section : List.of("/world/", "/business/", "/science/", "/culture/")) {
			pages.addAll(this.client.get(section).document().select(".story-list .teaser-headline a").eachAttr("href"));
		}
		for (String page : pages) {
			SiteClient.Response response = this.client.get(page);
			for (String email : emails) {
				assertThat(response.body()).as(page).doesNotContainIgnoringCase(email);
				assertThat(response.raw().headers().map().toString()).as(page).doesNotContainIgnoringCase(email);
			}
			assertThat(response.body()).as(page).doesNotContainPattern("[A-Za-z0-9._%+-]+@example\\.(org|com|net)");
		}
		Document mine = this.client.get(pending.header("Location").orElseThrow().split("#")[0]).document();
		assertThat(mine.html()).doesNotContain(held);
		for (String email : emails) {
			assertThat(output.getAll()).as("logs").doesNotContainIgnoringCase(email);
		}
	}

}
