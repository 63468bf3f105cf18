package org.dateline.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.NewArticle;
import org.dateline.article.SectionService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader posts a comment: published at once, or held and shown only to them; the form
 * comes back with what to fix and everything typed; a double submit makes one comment;
 * replies only to published comments of the same article; closed, old and unpublished
 * articles take none.
 */
@SiteTest
class CommentPostingTests {

	static final String SECTION = "science";

	static final String SLUG = "busan-ferry-air-lubrication-trial";

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommentProperties properties;

	Poster poster;

	String path;

	@BeforeEach
	void setUp() {
		this.poster = new Poster(this.client, this.tokens);
		this.path = DemoPaths.article(this.client, SECTION, SLUG);
	}

	/**
	 * An address the newsroom has approved a comment from before, so its next comments go
	 * straight out.
	 */
	String trusted(String name) {
		String email = Poster.uniqueEmail(name);
		long article = this.poster
			.articleId(DemoPaths.article(this.client, "business", "osaka-shipyard-veteran-welders-mentors"));
		this.comments.addApproved(article, null, name, email, "", "An earlier comment.",
				Instant.now().minusSeconds(3600));
		return email;
	}

	long count(String email) {
		return this.jdbc.sql("SELECT count(*) FROM comment WHERE author_email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	@Test
	void aKnownCommentersCommentIsPublishedAtOnceAndTheReaderLandsOnIt() {
		String email = trusted("wing");
		SiteClient.Response response = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Wing Lam", email, "The hull coating matters as much as the air layer."));
		assertThat(response.status()).isEqualTo(303);
		long id = Poster.commentId(response);
		assertThat(response.header("Location")).hasValue(this.path + "#comment-" + id);
		Document page = this.client.get(this.path).document();
		Element comment = page.getElementById("comment-" + id);
		assertThat(comment).isNotNull();
		assertThat(comment.selectFirst(".comment-text").text())
			.isEqualTo("The hull coating matters as much as the air layer.");
		assertThat(comment.select(".comment-awaiting-moderation")).isEmpty();
	}

	@Test
	void aFirstTimeCommenterIsHeldAndOnlyTheirBrowserShowsIt() {
		SiteClient reader = this.client.browser();
		String email = Poster.uniqueEmail("new");
		SiteClient.Response response = this.poster.post(reader, this.path,
				this.poster.form(this.path, "New Reader", email, "My first comment here 👋"));
		assertThat(response.status()).isEqualTo(303);
		long id = Poster.commentId(response);
		assertThat(response.header("Location")).hasValue(this.path + "?moderation=" + id + "#comment-" + id);
		assertThat(response.headers("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("dateline_pending=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));

		SiteClient.Response own = reader.get(this.path + "?moderation=" + id);
		Element mine = own.document().getElementById("comment-" + id);
		assertThat(mine.selectFirst(".comment-awaiting-moderation").text())
			.startsWith("Your comment is awaiting moderation");
		assertThat(mine.selectFirst(".comment-text").text()).isEqualTo("My first comment here 👋");
		assertThat(own.document().selectFirst("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(own.header("Cache-Control")).hasValue("private, no-store");
		assertThat(reader.get(this.path).document().getElementById("comment-" + id)).as("their browser, any view")
			.isNotNull();

		assertThat(this.client.get(this.path).document().getElementById("comment-" + id))
			.as("nobody else sees a held comment")
			.isNull();
		assertThat(this.client.get(this.path + "?moderation=" + id).document().getElementById("comment-" + id))
			.isNull();
		assertThat(this.jdbc.sql("SELECT held_for FROM comment WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).contains("first-time-commenter: first comment from this address");
	}

	@Test
	void mistakesComeBackNextToTheirFieldsWithEverythingTypedKept() {
		Map<String, String> form = this.poster.form(this.path, "", "not-an-address",
				"Ünïcödé survives: 你好 🙂\n\nSecond paragraph.");
		form.put("website", "javascript:alert(1)");
		SiteClient.Response response = this.poster.post(this.client, this.path, form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Cache-Control")).hasValue("private, no-store");
		Document page = response.document();
		assertThat(page.selectFirst("#comment-name-error").text()).isEqualTo("Please give your name.");
		assertThat(page.selectFirst("#comment-email-error").text()).startsWith("Please check your email address");
		assertThat(page.selectFirst("#comment-website-error").text())
			.isEqualTo("Websites must start with http:// or https://.");
		assertThat(page.selectFirst("#comment-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#comment-email").attr("aria-describedby"))
			.isEqualTo("email-notes comment-email-error");
		assertThat(page.selectFirst("#comment-body").wholeText())
			.isEqualTo("Ünïcödé survives: 你好 🙂\n\nSecond paragraph.");
		assertThat(page.selectFirst("#comment-email").val()).isEqualTo("not-an-address");
		assertThat(page.selectFirst("#comment-website").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.selectFirst(".form-message").text()).startsWith("Please correct the marked fields");
		assertThat(count("not-an-address")).isZero();
	}

	@Test
	void lengthIsCountedInCharactersBeforeTheDatabaseSoNothingIsEverCutShort() {
		String email = trusted("long");
		String emoji = "🎉".repeat(5000);
		SiteClient.Response accepted = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Long Writer", email, emoji));
		assertThat(accepted.status()).isEqualTo(303);
		String stored = this.jdbc.sql("SELECT body FROM comment WHERE id = :id")
			.param("id", Poster.commentId(accepted))
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(emoji);

		SiteClient.Response refused = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Long Writer", email, emoji + "!"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst("#comment-body-error").text())
			.isEqualTo("Your comment is 5001 characters long; the limit is 5000. Please shorten it.");
		assertThat(refused.document().selectFirst("#comment-body").wholeText()).isEqualTo(emoji + "!");
	}

	@Test
	void aDoubleClickOrAResentFormMakesOneComment() {
		String email = trusted("double");
		Map<String, String> form = this.poster.form(this.path, "Double Clicker", email, "Clicked twice by accident.");
		SiteClient.Response first = this.poster.post(this.client, this.path, form);
		SiteClient.Response second = this.poster.post(this.client, this.path, form);
		assertThat(first.status()).isEqualTo(303);
		assertThat(second.status()).isEqualTo(303);
		assertThat(Poster.commentId(second)).isEqualTo(Poster.commentId(first));
		assertThat(count(email)).isEqualTo(2); // the earlier comment that made them
												// known, and this one
	}

	@Test
	void theSameFormSentTwiceAtOnceStoresOneCommentAndSendsBothToIt() throws Exception {
		for (int round = 0; round < 5; round++) {
			String email = trusted("racer");
			Map<String, String> form = this.poster.form(this.path, "Racer", email,
					"Sent twice at once, round " + round);
			String ip = Poster.freshIp();
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<SiteClient.Response>> both = List.of(1, 2)
				.stream()
				.map((n) -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return this.poster.post(this.client, this.path, form, ip);
				}, (task) -> Thread.ofPlatform().start(task)))
				.toList();
			SiteClient.Response first = both.get(0).get();
			SiteClient.Response second = both.get(1).get();
			assertThat(List.of(first.status(), second.status())).as("round " + round).containsExactly(303, 303);
			assertThat(second.header("Location")).as("round " + round).isEqualTo(first.header("Location"));
			assertThat(first.header("Location").orElseThrow()).endsWith("#comment-" + Poster.commentId(first));
			assertThat(this.jdbc.sql("SELECT count(*) FROM comment WHERE author_email = :email AND body = :body")
				.param("email", email)
				.param("body", form.get("body"))
				.query(Long.class)
				.single()).as("round " + round).isEqualTo(1);
		}
	}

	@Test
	void repliesNestFiveDeepAndAReplyToTheFifthLevelJoinsItAtThatLevel() {
		assertThat(this.properties.maxDepth()).isEqualTo(5);
		long parent = Poster.commentId(this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Level One", trusted("level"), "Level 1 " + System.nanoTime())));
		long[] chain = new long[6];
		chain[0] = parent;
		for (int level = 2; level <= 6; level++) {
			Map<String, String> reply = this.poster.form(this.path, "Level " + level, trusted("level"),
					"Level " + level + " reply");
			reply.put("parent", Long.toString(chain[level - 2]));
			SiteClient.Response response = this.poster.post(this.client, this.path, reply);
			assertThat(response.status()).as("level " + level).isEqualTo(303);
			chain[level - 1] = Poster.commentId(response);
		}
		Document page = this.client.get(this.path).document();
		for (int level = 1; level <= 5; level++) {
			assertThat(page.getElementById("comment-" + chain[level - 1]).hasClass("depth-" + level))
				.as("level " + level)
				.isTrue();
		}
		Element fifth = page.getElementById("comment-" + chain[4]);
		assertThat(fifth.select("a.comment-reply-link")).as("the fifth level can still be answered").hasSize(1);
		Element sixth = page.getElementById("comment-" + chain[5]);
		assertThat(sixth.hasClass("depth-5")).as("a reply to the fifth level stays at the fifth").isTrue();
		assertThat(sixth.parent().parent()).as("beside its parent, under the fourth level")
			.isEqualTo(page.getElementById("comment-" + chain[3]));
		assertThat(fifth.nextElementSibling()).as("right after the comment it answers").isEqualTo(sixth);
		assertThat(page.select("li.comment.depth-6")).isEmpty();
	}

	@Test
	void savingDetailsInTheBrowserIsAnOptInThatUntickingForgets() {
		Document page = this.client.get(this.path).document();
		Element box = page.getElementById("comment-remember");
		assertThat(box.attr("type")).isEqualTo("checkbox");
		assertThat(box.hasAttr("checked")).as("starts unticked").isFalse();
		assertThat(page.selectFirst("label[for=comment-remember]").text())
			.isEqualTo("Save my name, email, and website in this browser for the next time I comment.");

		String email = trusted("saver");
		Map<String, String> remembered = this.poster.form(this.path, "Saver", email, "Remember me, please.");
		remembered.put("website", "https://saver.example/");
		remembered.put("remember", "yes");
		SiteClient.Response saved = this.poster.post(this.client, this.path, remembered);
		assertThat(saved.status()).isEqualTo(303);
		String cookie = saved.headers("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("dateline_commenter="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("Saver").contains("saver.example").contains("Max-Age=31536000");

		SiteClient.Response withoutCookie = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Saver", email, "Not remembered, no cookie to clear."));
		assertThat(withoutCookie.headers("Set-Cookie")).noneMatch((c) -> c.startsWith("dateline_commenter="));

		SiteClient.Response cleared = this.client.post(this.path,
				this.poster.form(this.path, "Saver", trusted("saver"), "Unticked, with the cookie sent."),
				"X-Forwarded-For", Poster.freshIp(), "Cookie", cookie.substring(0, cookie.indexOf(';')));
		assertThat(cleared.status()).isEqualTo(303);
		assertThat(cleared.headers("Set-Cookie"))
			.anySatisfy((c) -> assertThat(c).startsWith("dateline_commenter=;").contains("Max-Age=0"));
	}

	@Test
	void aReplyAttachesToAPublishedCommentOfTheSameArticleOnly() {
		String email = trusted("replier");
		SiteClient.Response parent = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Parent", trusted("parent"), "A comment to reply to."));
		long parentId = Poster.commentId(parent);
		Map<String, String> reply = this.poster.form(this.path, "Replier", email, "A reply.");
		reply.put("parent", Long.toString(parentId));
		SiteClient.Response replied = this.poster.post(this.client, this.path, reply);
		long replyId = Poster.commentId(replied);
		Element parentElement = this.client.get(this.path).document().getElementById("comment-" + parentId);
		assertThat(parentElement.select("ol.children > li#comment-" + replyId)).hasSize(1);

		String other = DemoPaths.article(this.client, "culture", "asuncion-harp-festival-young-players");
		Map<String, String> elsewhere = this.poster.form(other, "Replier", email, "Wrong article.");
		elsewhere.put("parent", Long.toString(parentId));
		SiteClient.Response refused = this.poster.post(this.client, other, elsewhere);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst(".form-message").text())
			.isEqualTo("You can only reply to a published comment on this article.");

		SiteClient.Response held = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Held", Poster.uniqueEmail("held"), "Waiting."));
		Map<String, String> toHeld = this.poster.form(this.path, "Replier", email, "Reply to a held comment.");
		toHeld.put("parent", Long.toString(Poster.commentId(held)));
		assertThat(this.poster.post(this.client, this.path, toHeld).status()).isEqualTo(422);
		Map<String, String> nonsense = this.poster.form(this.path, "Replier", email, "Reply to nothing.");
		nonsense.put("parent", "not-a-number");
		assertThat(this.poster.post(this.client, this.path, nonsense).status()).isEqualTo(422);
	}

	@Test
	void withoutJavaScriptAReplyLinkOpensTheFormForThatComment() {
		SiteClient.Response parent = this.poster.post(this.client, this.path,
				this.poster.form(this.path, "Zoë Quill", trusted("zoe"), "Reply to me."));
		long id = Poster.commentId(parent);
		Document page = this.client.get(this.path).document();
		assertThat(page.selectFirst("#comment-" + id + " a.comment-reply-link").attr("href"))
			.isEqualTo("?replyto=" + id + "#respond");
		SiteClient.Response replying = this.client.get(this.path + "?replyto=" + id);
		assertThat(replying.document().selectFirst("#respond .respond-title-text").text())
			.isEqualTo("Reply to Zoë Quill");
		assertThat(replying.document().selectFirst("input[name=parent]").val()).isEqualTo(Long.toString(id));
		assertThat(replying.document().selectFirst("meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void closedArticlesSaySoAndRefuseComments() {
		String closed = DemoPaths.article(this.client, "world", "malaga-lifts-water-restrictions");
		SiteClient.Response response = this.poster.post(this.client, closed,
				this.poster.form(closed, "Late", trusted("late"), "Too late."));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.document().selectFirst(".comments-closed").text())
			.isEqualTo("Comments are closed for this article.");
	}

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Test
	void commentsCloseByThemselvesThirtyDaysAfterPublication() {
		long section = this.sections.bySlug("world").orElseThrow().id();
		Instant old = Instant.now().minus(40, ChronoUnit.DAYS);
		this.articles.create(new NewArticle("an-old-story-about-harbours", section, "An old story about harbours", "",
				"OSLO, Norway", "Old news.", ArticleStatus.PUBLISHED, null, true, old, null, List.of(), List.of(),
				List.of()));
		String oldPath = "/world/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
			.format(old.atZone(java.time.ZoneOffset.UTC)) + "/an-old-story-about-harbours";
		Document page = this.client.get(oldPath).document();
		assertThat(page.selectFirst(".comments-closed").text())
			.isEqualTo("Comments are closed for this article; they close 30 days after publication.");
		assertThat(page.select("#respond")).isEmpty();
		Map<String, String> form = this.poster.form(oldPath, "Late", trusted("late"), "After thirty days.");
		assertThat(this.poster.post(this.client, oldPath, form).status()).isEqualTo(403);
	}

	@Test
	void draftsTakeNoComments() {
		long section = this.sections.bySlug("world").orElseThrow().id();
		this.articles.create(new NewArticle("a-draft-nobody-may-see", section, "A draft", "", "", "Draft.",
				ArticleStatus.DRAFT, null, true, null, null, List.of(), List.of(), List.of()));
		Map<String, String> form = Map.of("name", "X", "email", "x@example.org", "body", "On a draft.");
		assertThat(this.client.post("/world/2026/11/28/a-draft-nobody-may-see", form).status()).isEqualTo(404);
		assertThat(this.client.get("/world/draft/a-draft-nobody-may-see").status()).isEqualTo(404);
		assertThat(count("x@example.org")).isZero();
	}

}
