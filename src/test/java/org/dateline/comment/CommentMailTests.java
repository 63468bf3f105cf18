package org.dateline.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply notifications over real SMTP (a local GreenMail server): opt-in, confirmed by a
 * link mailed to the address first, sent only for published comments, with a one-click
 * unsubscribe; and never delaying the reader.
 */
@SiteTest
class CommentMailTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

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

	Poster poster;

	String path;

	@BeforeEach
	void setUp() {
		this.poster = new Poster(this.client, this.tokens);
		this.path = DemoPaths.article(this.client, "science", "desert-solar-waterless-cleaning-trial");
	}

	String trusted(String name) {
		String email = Poster.uniqueEmail(name);
		this.comments.addApproved(this.poster.articleId(this.path), null, name, email, "", "Earlier.",
				Instant.now().minusSeconds(7200));
		return email;
	}

	private long post(String email, String body, Long parent, boolean notify) {
		Map<String, String> form = this.poster.form(this.path, "Reader", email, body);
		if (parent != null) {
			form.put("parent", parent.toString());
		}
		if (notify) {
			form.put("notify", "yes");
		}
		SiteClient.Response response = this.poster.post(this.client, this.path, form);
		assertThat(response.status()).isEqualTo(303);
		return Poster.commentId(response);
	}

	private static String link(MimeMessage message, String containing) {
		Matcher matcher = LINK.matcher(TestMail.body(message));
		while (matcher.find()) {
			if (matcher.group().contains(containing)) {
				return matcher.group();
			}
		}
		throw new AssertionError("No link with " + containing + " in " + TestMail.body(message));
	}

	private String localPath(String url) {
		return url.substring(url.indexOf("/", url.indexOf("//") + 2));
	}

	@Test
	void aConfirmedCommenterHearsAboutRepliesAndCanStopInOneClick() throws Exception {
		String watcher = trusted("watcher");
		long watched = post(watcher, "Tell me when someone answers.", null, true);
		MimeMessage confirmation = TestMail.await(watcher, 1).getFirst();
		assertThat(confirmation.getSubject()).startsWith("Confirm replies to your comments");
		SiteClient.Response confirmed = this.client
			.get(localPath(link(confirmation, "/comments/subscription/confirm")));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.document().selectFirst("h1").text()).isEqualTo("Replies confirmed");

		long reply = post(trusted("answerer"), "Here is an answer.", watched, false);
		List<MimeMessage> mail = TestMail.await(watcher, 2);
		MimeMessage notification = mail.get(1);
		assertThat(notification.getSubject()).startsWith("New reply to your comment on");
		assertThat(TestMail.body(notification)).contains("Here is an answer.").contains("#comment-" + reply);
		String unsubscribe = link(notification, "/comments/subscription/unsubscribe");
		assertThat(notification.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + unsubscribe + ">");
		assertThat(notification.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(TestMail.body(notification)).doesNotContain("answerer.");

		SiteClient.Response page = this.client.get(localPath(unsubscribe));
		assertThat(page.document().selectFirst("main form button").text()).isEqualTo("Stop reply emails");
		String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6);
		assertThat(this.client.post("/comments/subscription/unsubscribe", Map.of("token", token)).status())
			.isEqualTo(200);

		post(trusted("late-answer"), "Another answer.", watched, false);
		Thread.sleep(1000);
		assertThat(TestMail.to(watcher)).as("nothing after unsubscribing").hasSize(2);
	}

	@Test
	void noConfirmationIsMailedForAHeldCommentUntilAModeratorPublishesIt() throws Exception {
		String stranger = Poster.uniqueEmail("stranger");
		long held = post(stranger, "First time here, tell me about replies.", null, true);
		Thread.sleep(1000);
		assertThat(TestMail.to(stranger)).as("the form alone never mails an address").isEmpty();
		this.moderation.decide(List.of(held), CommentModeration.Action.APPROVE, "test");
		assertThat(TestMail.await(stranger, 1).getFirst().getSubject()).startsWith("Confirm replies");
	}

	@Test
	void unconfirmedAddressesGetNoReplyMail() throws Exception {
		String watcher = trusted("unconfirmed");
		long watched = post(watcher, "Notify me, but I will not confirm.", null, true);
		TestMail.await(watcher, 1);
		post(trusted("replier"), "A reply they will not hear about.", watched, false);
		Thread.sleep(1000);
		assertThat(TestMail.to(watcher)).hasSize(1);
	}

	@Test
	void aReaderWhoUnsubscribedCanOptInAgainAndConfirmsAgain() throws Exception {
		String watcher = trusted("returning");
		long first = post(watcher, "Tell me about replies.", null, true);
		MimeMessage confirmation = TestMail.await(watcher, 1).getFirst();
		this.client.get(localPath(link(confirmation, "/comments/subscription/confirm")));
		post(trusted("first-answer"), "A first answer.", first, false);
		String unsubscribe = link(TestMail.await(watcher, 2).get(1), "/comments/subscription/unsubscribe");
		String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6);
		assertThat(this.client.post("/comments/subscription/unsubscribe", Map.of("token", token)).status())
			.isEqualTo(200);
		// a day later, so the one-confirmation-a-day limit does not apply
		this.jdbc.sql("UPDATE comment_subscriber SET confirmation_sent = confirmation_sent - 86400001 WHERE email = :e")
			.param("e", watcher)
			.update();

		long second = post(watcher, "I changed my mind, tell me about replies again.", null, true);
		List<MimeMessage> mail = TestMail.await(watcher, 3);
		MimeMessage again = mail.get(2);
		assertThat(again.getSubject()).startsWith("Confirm replies to your comments");
		post(trusted("unconfirmed-answer"), "An answer before confirming.", second, false);
		Thread.sleep(1000);
		assertThat(TestMail.to(watcher)).as("nothing until the new link is followed").hasSize(3);

		SiteClient.Response confirmed = this.client.get(localPath(link(again, "/comments/subscription/confirm")));
		assertThat(confirmed.document().selectFirst("h1").text()).isEqualTo("Replies confirmed");
		long reply = post(trusted("welcome-back"), "Welcome back.", second, false);
		assertThat(TestMail.body(TestMail.await(watcher, 4).get(3))).contains("#comment-" + reply);
	}

	@Test
	void anUnsubscribedReadersOlderCommentPublishedLaterAsksNothing() throws Exception {
		String stranger = Poster.uniqueEmail("left");
		long held = post(stranger, "Held, with replies ticked.", null, true);
		// they had asked before, confirmed, and left since
		this.jdbc.sql(
				"INSERT INTO comment_subscriber (email, token, confirmed_at, unsubscribed_at) VALUES (:e, :t, :at, :at)")
			.param("e", stranger)
			.param("t", "left-" + System.nanoTime())
			.param("at", System.currentTimeMillis())
			.update();
		this.moderation.decide(List.of(held), CommentModeration.Action.APPROVE, "test");
		Thread.sleep(1000);
		assertThat(TestMail.to(stranger)).as("they left after asking; this is no new request").isEmpty();
	}

	@Test
	void anAddressGetsAtMostOneConfirmationADay() throws Exception {
		String busy = trusted("busy");
		post(busy, "First opt-in.", null, true);
		TestMail.await(busy, 1);
		post(busy, "Second opt-in the same day.", null, true);
		Thread.sleep(1000);
		assertThat(TestMail.to(busy)).hasSize(1);
		this.jdbc.sql("UPDATE comment_subscriber SET confirmation_sent = confirmation_sent - 86400001 WHERE email = :e")
			.param("e", busy)
			.update();
		post(busy, "A day later.", null, true);
		assertThat(TestMail.await(busy, 2).get(1).getSubject()).startsWith("Confirm replies");
	}

	@Test
	void aBadLinkIsRecognisedAsSuch() {
		assertThat(this.client.get("/comments/subscription/confirm?token=nonsense").status()).isEqualTo(404);
		assertThat(this.client.post("/comments/subscription/unsubscribe", Map.of("token", "nonsense")).status())
			.isEqualTo(404);
	}

}
