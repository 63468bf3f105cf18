package org.dateline.cluster;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.dateline.DatelineApplication;
import org.dateline.Forms;
import org.dateline.ServerProcess;
import org.dateline.SiteClient;
import org.dateline.TestPostgres;
import org.dateline.cli.DatelineCliAccess;
import org.dateline.media.PhotoFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three {@code dateline serve} processes on one PostgreSQL database serve one site: a
 * story published on one node is read on another within a second, a reader comments on a
 * third, an editor signed in on one is signed in on all, and a node killed with SIGKILL
 * in the middle of a stream of comments loses none that was acknowledged, and a photo
 * uploaded on one is served by the others from the shared media directory. The sample
 * nginx configuration in {@code deploy/nginx} runs in front of two of them.
 */
class SeveralNodesTests {

	static final String PASSWORD = "a long enough password";

	@TempDir
	static Path root;

	static TestPostgres database;

	static ServerProcess one;

	static ServerProcess two;

	static ServerProcess three;

	static String editor;

	@BeforeAll
	static void startThreeNodes() {
		database = TestPostgres.empty();
		// the first start migrates the database and seeds the demo site; the others find
		// both done
		one = node();
		two = node();
		three = node();
		editor = "nodes." + System.nanoTime() + "@newsroom.example";
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DatelineCliAccess.run(DatelineApplication.class, new PrintWriter(out), new PrintWriter(err), "user",
				"add", "--data", root.resolve("cli").toString(), "--database", database.url(), "--email", editor,
				"--role", "editor", "--name", "Nodes Editor", "--password", PASSWORD);
		assertThat(code).as(err.toString()).isZero();
	}

	static ServerProcess node() {
		// readers' comment tokens are taken from the page and sent at once, and one
		// address sends them all
		// one data directory for all: the media directory is shared, as on a shared file
		// system in production
		return ServerProcess.start(root.resolve("shared"), database.url(), "--dateline.comment.timing.minimum=0s",
				"--dateline.comment.flood.enabled=false");
	}

	@AfterAll
	static void stopNodes() {
		for (ServerProcess node : new ServerProcess[] { one, two, three }) {
			if (node != null) {
				node.close();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aStoryPublishedOnOneNodeIsCommentedOnAnotherAndReadOnTheThird() {
		SiteClient desk = signIn(new SiteClient(one.port()).browser());
		assertThat(desk.at(three.port()).get("/newsroom/").status())
			.as("the session, kept in the database, is good on every node")
			.isEqualTo(200);
		SiteClient readerOnThree = new SiteClient(three.port());
		assertThat(readerOnThree.get("/world/").header("X-Cache").orElse("")).isIn("MISS", "HIT");

		String headline = "Night ferries return to the estuary " + System.nanoTime();
		String path = publish(desk, headline);

		long published = System.nanoTime();
		while (!readerOnThree.get("/world/").body().contains(headline)) {
			assertThat(Duration.ofNanos(System.nanoTime() - published))
				.as("node three's cached section page is purged after node one publishes")
				.isLessThan(Duration.ofSeconds(2));
			pause(50);
		}

		SiteClient readerOnTwo = new SiteClient(two.port());
		Map<String, String> comment = Forms.fields(readerOnTwo.get(path).document().selectFirst("form.comment-form"));
		String text = "Took the first night ferry; it left on time. " + System.nanoTime();
		comment.putAll(Map.of("name", "Rui Matos", "email", "rui.matos@example.net", "body", text));
		SiteClient.Response posted = readerOnTwo.post(path, comment);
		assertThat(posted.status()).isEqualTo(303);
		long id = jdbc().sql("SELECT id FROM comment WHERE body = ?").param(text).query(Long.class).single();

		// held for moderation (a first-time commenter): approved on node three
		SiteClient moderator = desk.at(three.port());
		String csrf = moderator.get("/newsroom/comments").document().selectFirst("input[name=_csrf]").val();
		assertThat(moderator
			.post("/newsroom/comments/decide", Map.of("one", id + ":approve", "view", "pending", "_csrf", csrf))
			.status()).isEqualTo(302);
		assertThat(new SiteClient(one.port()).get(path).document().select("#comment-" + id).text()).contains(text);
		assertThat(readerOnThree.get(path).document().select("#comment-" + id).text()).contains(text);
	}

	@Test
	void aNodeKilledMidStreamLosesNoAcknowledgedComment() throws Exception {
		SiteClient desk = signIn(new SiteClient(one.port()).browser());
		String path = publish(desk, "Tidal power trial begins off the headland " + System.nanoTime());
		List<ServerProcess> nodes = List.of(one, two, three);
		Map<String, String> form = Forms
			.fields(new SiteClient(one.port()).get(path).document().selectFirst("form.comment-form"));
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		String run = Long.toString(System.nanoTime());
		try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < 6; w++) {
				writers.submit(() -> {
					while (writing.get()) {
						int n = sequence.incrementAndGet();
						ServerProcess node = nodes.get(n % 3);
						String text = "Reading " + n + " of run " + run + " from the headland buoy.";
						Map<String, String> comment = new java.util.HashMap<>(form);
						comment
							.putAll(Map.of("name", "Buoy Reader", "email", "buoy" + n + "@example.net", "body", text));
						try {
							SiteClient.Response response = new SiteClient(node.port()).post(path, comment);
							if (response.status() == 303) {
								acknowledged.add(text);
							}
						}
						catch (RuntimeException refused) {
							pause(20); // the killed node: nothing was acknowledged
						}
					}
					return null;
				});
			}
			pause(1_500);
			int before = acknowledged.size();
			two.kill();
			pause(1_500);
			writing.set(false);
			assertThat(before).as("comments were flowing before the kill").isPositive();
		}
		assertThat(acknowledged.size()).as("and after it, through the two nodes left").isGreaterThan(10);

		List<String> stored = jdbc().sql("SELECT body FROM comment WHERE body LIKE ?")
			.param("% of run " + run + " %")
			.query(String.class)
			.list();
		assertThat(stored).as("every acknowledged comment, once").containsAll(acknowledged).doesNotHaveDuplicates();

		two.restart();
		assertThat(new SiteClient(two.port()).get(path).status()).isEqualTo(200);
	}

	@Test
	void aPhotoUploadedOnOneNodeIsServedByTheOthers() throws Exception {
		SiteClient desk = signIn(new SiteClient(one.port()).browser());
		String csrf = desk.get("/newsroom/media").document().selectFirst("input[name=_csrf]").val();
		String boundary = "----SeveralNodes" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"estuary.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(PhotoFixtures.jpeg(1600, 1000));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		SiteClient.Response uploaded = desk
			.send(HttpRequest.newBuilder(URI.create(desk.base() + "/newsroom/media/upload"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
		String photo = uploaded.header("Location")
			.orElseThrow()
			.replaceAll("^https?://[^/]+", "")
			.replaceAll("\\?.*$", "");

		String image = desk.at(two.port()).get(photo).document().selectFirst("img[src^=/media/]").attr("src");
		for (ServerProcess node : List.of(two, three)) {
			HttpResponse<byte[]> served = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + image)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(served.statusCode()).as(image + " on port " + node.port()).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("image/"));
			assertThat(served.body().length).isPositive();
		}
	}

	@Test
	void theSampleNginxConfigurationSpreadsReadersOverTwoNodesAndOutlivesOne() throws Exception {
		try (Nginx nginx = Nginx.inFrontOf(root.resolve("nginx"), one.port(), two.port())) {
			HttpClient browser = nginx.client();
			HttpResponse<String> plain = get(browser, nginx.http() + "/world/");
			assertThat(plain.statusCode()).isEqualTo(301);
			assertThat(plain.headers().firstValue("Location")).hasValue("https://localhost/world/");

			HttpResponse<String> front = get(browser, nginx.https() + "/");
			assertThat(front.statusCode()).isEqualTo(200);
			assertThat(front.headers().firstValue("Strict-Transport-Security"))
				.as("the node saw HTTPS through X-Forwarded-Proto")
				.isPresent();
			assertThat(Jsoup.parse(front.body()).selectFirst("link[rel=canonical]").attr("href"))
				.as("absolute URLs use the address readers used, through Host and X-Forwarded-Port")
				.isEqualTo(nginx.https() + "/");
			assertThat(front.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((value) -> assertThat(value).contains("s-maxage=").contains("stale-if-error="));
			assertThat(front.headers().firstValue("Surrogate-Key")).isPresent();
			assertThat(front.headers().firstValue("X-Proxy-Cache")).isPresent();

			String csrf = Jsoup.parse(get(browser, nginx.https() + "/newsroom/sign-in").body())
				.selectFirst("input[name=_csrf]")
				.val();
			HttpResponse<String> signedIn = post(browser, nginx.https() + "/newsroom/sign-in",
					Map.of("email", editor, "password", PASSWORD, "_csrf", csrf));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(
					(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
			long[] before = { desk(one), desk(two) };
			for (int i = 0; i < 6; i++) {
				HttpResponse<String> desk = get(browser, nginx.https() + "/newsroom/");
				assertThat(desk.statusCode()).as("signed in on whichever node answers").isEqualTo(200);
				assertThat(desk.headers().firstValue("X-Proxy-Cache")).as("never from the shared cache")
					.hasValueSatisfying((status) -> assertThat(status).isIn("BYPASS", "MISS"));
			}
			assertThat(desk(one)).as("node one answered some").isGreaterThan(before[0]);
			assertThat(desk(two)).as("node two answered some").isGreaterThan(before[1]);

			one.kill();
			try {
				for (int i = 0; i < 6; i++) {
					HttpResponse<String> search = get(browser, nginx.https() + "/search?q=ferry+" + i);
					assertThat(search.statusCode()).as("node two answers alone").isEqualTo(200);
				}
			}
			finally {
				one.restart();
			}
		}
	}

	/** How many newsroom dashboards a node has served, by its own metrics. */
	static long desk(ServerProcess node) throws Exception {
		String metrics = get(HttpClient.newHttpClient(), node.baseUrl() + "/actuator/prometheus").body();
		return metrics.lines()
			.filter((line) -> line.startsWith("http_server_requests_seconds_count{")
					&& line.contains("uri=\"/newsroom/\""))
			.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(HttpClient client, String url, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static SiteClient signIn(SiteClient browser) {
		String csrf = browser.get("/newsroom/sign-in").document().selectFirst("input[name=_csrf]").val();
		SiteClient.Response response = browser.post("/newsroom/sign-in",
				Map.of("email", editor, "password", PASSWORD, "_csrf", csrf));
		assertThat(response.status()).as("signed in").isEqualTo(302);
		return browser;
	}

	/** Writes a story in the newsroom and publishes it; returns its public path. */
	static String publish(SiteClient desk, String headline) {
		Map<String, String> draft = Forms
			.fields(desk.get("/newsroom/articles/new").document().selectFirst("form#article-form"));
		draft.put("headline", headline);
		draft.put("dek", "A dek for " + headline);
		draft.put("dateline", "PORTO, Portugal");
		draft.put("body", "The first paragraph.\n\nThe second paragraph.");
		draft.put("section",
				Long.toString(jdbc().sql("SELECT id FROM section WHERE slug = 'world'").query(Long.class).single()));
		SiteClient.Response created = desk.post("/newsroom/articles", draft);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String editPath = created.header("Location")
			.orElseThrow()
			.replaceAll("^https?://[^/]+", "")
			.replaceAll("\\?.*$", "");
		Map<String, String> story = Forms.fields(desk.get(editPath).document().selectFirst("form#article-form"));
		story.put("action", "publish");
		story.put("confirm", "yes");
		assertThat(desk.post(editPath, story).status()).isEqualTo(302);
		long id = Long.parseLong(editPath.replaceAll("\\D", ""));
		String slug = jdbc().sql("SELECT slug FROM article WHERE id = ? AND status = 'PUBLISHED'")
			.param(id)
			.query(String.class)
			.single();
		String html = new SiteClient(one.port()).get("/world/").body();
		int at = html.indexOf("/" + slug + "\"");
		assertThat(at).as("the story is listed in its section").isPositive();
		return html.substring(html.lastIndexOf("href=\"", at) + 6, at + slug.length() + 1);
	}

	static JdbcClient jdbc() {
		return JdbcClient.create(database.dataSource());
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
