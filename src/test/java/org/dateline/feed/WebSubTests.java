package org.dateline.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleArchive;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.Author;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentModeration;
import org.dateline.comment.CommentService;
import org.dateline.comment.CommentStatus;
import org.dateline.comment.ImportedComment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSub against a hub running in the test (the JDK's HTTP server): feeds name the hub
 * and themselves, and publishing, updating or unpublishing a story through the editor
 * makes Dateline tell the hub about every feed the story is in, after the editor has had
 * the answer, trying again when the hub fails; a story that moves is announced in the
 * feeds it left as well, and an approved comment in its story's comment feeds.
 */
@NewsroomSiteTest
class WebSubTests {

	static final String SITE = "https://news.example.org";

	/** What the hub was told: the {@code hub.url} of each accepted ping. */
	static final List<String> told = new CopyOnWriteArrayList<>();

	static final List<String> modes = new CopyOnWriteArrayList<>();

	static final AtomicInteger requests = new AtomicInteger();

	/** Requests the hub answers 503 before it starts accepting. */
	static final AtomicInteger failuresToCome = new AtomicInteger();

	static volatile CountDownLatch gate = new CountDownLatch(0);

	static final HttpServer HUB = hub();

	@DynamicPropertySource
	static void websub(DynamicPropertyRegistry registry) {
		registry.add("dateline.websub.hubs", WebSubTests::hubUrl);
		registry.add("dateline.websub.first-retry", () -> "100ms");
		registry.add("dateline.site.base-url", () -> SITE);
	}

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	SiteClient client;

	@Autowired
	ArticleArchive archive;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	Actor editor;

	Author byline;

	@BeforeEach
	void setUp() throws InterruptedException {
		quiet(); // pings from the demo's seeding or an earlier test are all in
		StaffUser user = this.staff.create("websub." + System.nanoTime() + "@newsroom.example", "WebSub Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
		this.byline = this.editing.authors().getFirst();
		failuresToCome.set(0);
		gate = new CountDownLatch(0);
	}

	@Test
	void publishingTellsTheHubAboutEveryFeedOfTheStoryAfterTheEditorsAnswerAndRetries() throws Exception {
		String tag = "Websub " + System.nanoTime();
		String tagPath = "/tag/" + tag.toLowerCase().replace(' ', '-');
		gate = new CountDownLatch(1); // the hub holds every ping until the editor is done
		failuresToCome.set(2);
		int before = requests.get();
		int toldBefore = told.size();
		long id = this.editing.create(draft("Harbour pilots agree new rota", tag), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		assertThat(told).as("the editor's publish returned before any ping was taken")
			.noneMatch((topic) -> topic.startsWith(SITE + tagPath + "/"));
		gate.countDown();
		List<String> expected = List.of(SITE + "/rss.xml", SITE + "/atom.xml", SITE + "/science/rss.xml",
				SITE + "/science/atom.xml", SITE + tagPath + "/rss.xml", SITE + tagPath + "/atom.xml",
				SITE + "/author/" + this.byline.slug() + "/rss.xml",
				SITE + "/author/" + this.byline.slug() + "/atom.xml");
		// every feed, each once, the two refused pings included after their retry
		await(() -> told.size() - toldBefore >= expected.size());
		assertThat(told.subList(toldBefore, told.size())).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(modes).containsOnly("publish");
		assertThat(requests.get() - before).isEqualTo(expected.size() + 2);
	}

	@Test
	void updatingAndUnpublishingAreAnnouncedToo() throws Exception {
		String tag = "Websub changes " + System.nanoTime();
		String tagFeed = SITE + "/tag/" + tag.toLowerCase().replace(' ', '-') + "/atom.xml";
		long id = this.editing.create(draft("Dock workers approve the new contract", tag), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		await(() -> count(tagFeed) == 1);
		this.editing.save(id, this.editing.load(id, this.editor).version(),
				draft("Dock workers approve the new contract by a wide margin", tag), this.editor, true, "");
		await(() -> count(tagFeed) == 2);
		this.editing.unpublish(id, this.editing.load(id, this.editor).version(), this.editor);
		await(() -> count(tagFeed) == 3);
	}

	@Test
	void movingAStoryTellsTheFeedsItLeftAsWellAsThoseItJoined() throws Exception {
		String oldTag = "Websub left " + System.nanoTime();
		String newTag = "Websub joined " + System.nanoTime();
		String oldTagFeed = SITE + "/tag/" + oldTag.toLowerCase().replace(' ', '-') + "/rss.xml";
		String newTagFeed = SITE + "/tag/" + newTag.toLowerCase().replace(' ', '-') + "/rss.xml";
		long id = this.editing.create(draft("Ferry fares rise in spring", oldTag), this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		await(() -> count(oldTagFeed) == 1);
		quiet();
		long science = count(SITE + "/science/atom.xml");
		long world = count(SITE + "/world/atom.xml");
		long site = count(SITE + "/atom.xml");
		ArticleDraft moved = new ArticleDraft("Ferry fares rise in spring", "A dek.", "",
				this.sections.bySlug("world").orElseThrow().id(), "OSLO", "A paragraph.", null, List.of(newTag),
				List.of(this.byline.id()), true, null);
		this.editing.save(id, this.editing.load(id, this.editor).version(), moved, this.editor, true, "");
		// the section and tag it left, those it joined, and the site's feed, once each
		await(() -> count(oldTagFeed) == 2 && count(newTagFeed) == 1 && count(SITE + "/science/atom.xml") == science + 1
				&& count(SITE + "/world/atom.xml") == world + 1 && count(SITE + "/atom.xml") == site + 1);
		quiet();
		assertThat(count(oldTagFeed)).isEqualTo(2);
		assertThat(count(SITE + "/atom.xml")).isEqualTo(site + 1);
	}

	@Test
	void approvingACommentTellsTheHubAboutTheStorysCommentFeeds() throws Exception {
		long id = this.editing.create(draft("Lighthouse keepers look back", "Websub comments " + System.nanoTime()),
				this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		String path = this.archive.find(id).orElseThrow().path();
		String rss = SITE + path + "/comments/rss.xml";
		String atom = SITE + path + "/comments/atom.xml";
		long held = this.comments.addImported(new ImportedComment(id, null, "Ada Reader", "ada@mailbox.example", "",
				"The old lamp was a marvel.", CommentStatus.PENDING, Instant.now()), "websub-" + System.nanoTime());
		quiet();
		assertThat(count(rss) + count(atom)).as("a held comment is not announced").isZero();
		this.moderation.decide(List.of(held), CommentModeration.Action.APPROVE, "websub test");
		await(() -> count(rss) == 1 && count(atom) == 1);
		assertThat(modes).containsOnly("publish");
	}

	@Test
	void feedsNameTheHubAndThemselves() {
		String hub = hubUrl();
		SiteClient.Response atom = this.client.get("/atom.xml");
		assertThat(atom.headers("Link")).contains("<" + hub + ">; rel=\"hub\"",
				"<" + SITE + "/atom.xml>; rel=\"self\"");
		byte[] xml = atom.body().getBytes(StandardCharsets.UTF_8);
		assertThat(FeedSchemas.atomErrors(xml)).isEmpty();
		var document = FeedSchemas.parse(xml);
		assertThat(FeedSchemas.text(document, "/atom:feed/atom:link[@rel='hub']/@href")).isEqualTo(hub);
		assertThat(FeedSchemas.text(document, "/atom:feed/atom:link[@rel='self']/@href")).isEqualTo(SITE + "/atom.xml");
		SiteClient.Response rss = this.client.get("/world/rss.xml");
		assertThat(rss.headers("Link")).contains("<" + hub + ">; rel=\"hub\"");
		var channel = FeedSchemas.parse(rss.body().getBytes(StandardCharsets.UTF_8));
		assertThat(FeedSchemas.text(channel, "/rss/channel/atom:link[@rel='hub']/@href")).isEqualTo(hub);
		assertThat(RssRules.problems(rss.body().getBytes(StandardCharsets.UTF_8), SITE + "/world/rss.xml")).isEmpty();
	}

	ArticleDraft draft(String headline, String tag) {
		return new ArticleDraft(headline, "A dek.", "", this.sections.bySlug("science").orElseThrow().id(), "OSLO",
				"A paragraph.", null, List.of(tag), List.of(this.byline.id()), true, null);
	}

	/** Waits until the hub has had no request for a while. */
	static void quiet() throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		int seen = -1;
		while (seen != requests.get() && Instant.now().isBefore(until)) {
			seen = requests.get();
			Thread.sleep(400);
		}
	}

	static long count(String topic) {
		return told.stream().filter(topic::equals).count();
	}

	static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("the hub was told in time: " + told).isBefore(until);
			Thread.sleep(50);
		}
	}

	static String hubUrl() {
		return "http://127.0.0.1:" + HUB.getAddress().getPort() + "/hub";
	}

	private static HttpServer hub() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hub", WebSubTests::receive);
			server.setExecutor(Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "test-hub");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void receive(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		requests.incrementAndGet();
		try {
			gate.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		boolean form = "application/x-www-form-urlencoded"
			.equals(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (!"POST".equals(exchange.getRequestMethod()) || !form || failuresToCome.getAndDecrement() > 0) {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
			return;
		}
		for (String pair : body.split("&")) {
			String[] nameValue = pair.split("=", 2);
			String value = URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
			if ("hub.url".equals(nameValue[0])) {
				told.add(value);
			}
			else if ("hub.mode".equals(nameValue[0])) {
				modes.add(value);
			}
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

}
