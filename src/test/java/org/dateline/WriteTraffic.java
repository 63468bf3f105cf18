package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Readers posting comments and editors saving articles over real HTTP, as fast as the
 * server answers, for the tests that kill or copy a {@link ServerProcess} meanwhile.
 * Every write carries text of its own, and every acknowledgement (the 303 after a
 * comment, the 302 back to the editor after a save, nothing else) is recorded with what
 * was written, so a test can look each one up in the database afterwards. A write whose
 * answer never came (the server died) is not acknowledged; the client tries again once
 * the server is back, as a person would: a comment with the same text, a save after
 * reloading the editor.
 * <p>
 * Readers look like readers to the comment checks: each comment comes from an address and
 * an email of its own, with a browser's User-Agent, through a form token the site handed
 * out at least four seconds before (the timing check refuses forms sent faster than a
 * person types).
 */
public final class WriteTraffic implements AutoCloseable {

	/** An acknowledged comment: its id from the redirect, and what was sent. */
	public record Comment(long id, String name, String email, String body) {
	}

	/**
	 * An editor's article: the text of every save sent, in order (the first made it), and
	 * the positions of those acknowledged; the stored text must be the last acknowledged
	 * one or one sent after it.
	 */
	public record Article(long id, List<String> headlines, List<String> bodies, List<Integer> acknowledged) {

		/** The positions acknowledged so far. */
		public List<Integer> acknowledgedSaves() {
			return List.copyOf(this.acknowledged);
		}

	}

	private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ServerProcess server;

	private final String articlePath;

	private final long articleId;

	private final String editorEmail;

	private final String editorPassword;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> threads = new ArrayList<>();

	private final List<Comment> comments = new CopyOnWriteArrayList<>();

	private final List<Article> articles = new CopyOnWriteArrayList<>();

	private final AtomicInteger attempts = new AtomicInteger();

	private final List<Throwable> failures = new CopyOnWriteArrayList<>();

	private WriteTraffic(ServerProcess server, String articlePath, long articleId, String editorEmail,
			String editorPassword) {
		this.server = server;
		this.articlePath = articlePath;
		this.articleId = articleId;
		this.editorEmail = editorEmail;
		this.editorPassword = editorPassword;
	}

	/**
	 * Starts {@code readers} commenters on the article at {@code path} and
	 * {@code editors} editors, each writing and saving a story of their own, signed in as
	 * the given newsroom account.
	 */
	public static WriteTraffic start(ServerProcess server, String path, int readers, int editors, String editorEmail,
			String editorPassword) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Document page = Jsoup.parse(page(http, server.baseUrl() + path));
		long article = Long.parseLong(page.selectFirst("section#comments").attr("data-article"));
		WriteTraffic traffic = new WriteTraffic(server, path, article, editorEmail, editorPassword);
		for (int i = 0; i < readers; i++) {
			traffic.threads.add(Thread.ofPlatform().name("reader-" + i).start(traffic::reader));
		}
		for (int i = 0; i < editors; i++) {
			traffic.threads.add(Thread.ofPlatform().name("editor-" + i).start(traffic::editor));
		}
		return traffic;
	}

	/** Stops every writer, waiting for the writes under way. */
	@Override
	public void close() {
		this.running.set(false);
		for (Thread thread : this.threads) {
			try {
				thread.join(Duration.ofSeconds(40));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (!this.failures.isEmpty()) {
			throw new AssertionError("a writer failed", this.failures.getFirst());
		}
	}

	/** The comments acknowledged so far. */
	public List<Comment> comments() {
		return List.copyOf(this.comments);
	}

	/** The editors' articles, with the saves acknowledged so far. */
	public List<Article> articles() {
		return List.copyOf(this.articles);
	}

	/** Writes acknowledged so far, comments and saves together. */
	public int acknowledged() {
		return this.comments.size() + this.articles.stream().mapToInt((a) -> a.acknowledged().size()).sum();
	}

	/** Writes sent so far, answered or not. */
	public int attempts() {
		return this.attempts.get();
	}

	/** The commented article's id. */
	public long articleId() {
		return this.articleId;
	}

	private void reader() {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		try {
			String token = null;
			long tokenAt = 0;
			String body = null;
			String email = null;
			while (this.running.get()) {
				try {
					if (token == null) {
						String json = get(http, this.server.baseUrl() + "/comments/token?article=" + this.articleId)
							.body();
						token = json.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
						tokenAt = System.nanoTime();
					}
					long waited = (System.nanoTime() - tokenAt) / 1_000_000;
					if (waited < 4000) {
						Thread.sleep(4000 - waited); // reading the story, then typing
						continue;
					}
					if (body == null) {
						int n = SEQUENCE.incrementAndGet();
						body = "Reader comment " + n + " on the harbour story, number " + n + ".";
						email = "reader." + n + "@example.net";
					}
					Map<String, String> form = new LinkedHashMap<>();
					form.put("name", "Reader " + email.substring(7, email.indexOf('@')));
					form.put("email", email);
					form.put("website", "");
					form.put("body", body);
					form.put("parent", "");
					form.put("token", token);
					form.put("homepage", "");
					this.attempts.incrementAndGet();
					HttpResponse<String> response = post(http, this.server.baseUrl() + this.articlePath, form,
							"X-Forwarded-For", address(SEQUENCE.get()));
					String location = response.headers().firstValue("Location").orElse("");
					if (response.statusCode() == 303 && location.contains("#comment-")) {
						long id = Long.parseLong(location.substring(location.indexOf("#comment-") + 9));
						this.comments.add(new Comment(id, form.get("name"), email, body));
					}
					// anything else (a 409 for a repeat of a comment that was stored
					// before
					// its answer was lost) is not an acknowledgement; the next comment is
					// new
					body = null;
				}
				catch (IOException ex) {
					pause(); // the server is down: send the same comment again when it is
								// back
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			this.failures.add(ex);
		}
	}

	private void editor() {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		Article article = null;
		try {
			while (this.running.get()) {
				try {
					HttpResponse<String> opened = get(http, this.server.baseUrl()
							+ ((article == null) ? "/newsroom/articles/new" : "/newsroom/articles/" + article.id()));
					if (opened.statusCode() != 200) {
						signIn(http); // a new browser, or its session ended
						continue;
					}
					Document editor = Jsoup.parse(opened.body());
					int n = SEQUENCE.incrementAndGet();
					String headline = "Harbour desk story " + n;
					String body = "HARBOUR, Testland - Save " + n + " of the desk's story.\n\nParagraph " + n + ".";
					Map<String, String> form = new LinkedHashMap<>();
					form.put("_csrf", editor.selectFirst("input[name=_csrf]").val());
					form.put("headline", headline);
					form.put("dek", "");
					form.put("slug", "");
					form.put("section", editor.selectFirst("select[name=section] option[value~=\\d+]").val());
					form.put("dateline", "");
					form.put("body", body);
					form.put("hero", "");
					form.put("tags", "");
					form.put("commentsOpen", "true");
					form.put("embargo", "");
					if (article == null) {
						this.attempts.incrementAndGet();
						HttpResponse<String> created = post(http, this.server.baseUrl() + "/newsroom/articles", form);
						String location = created.headers().firstValue("Location").orElse("");
						if (created.statusCode() == 302 && location.matches(".*/newsroom/articles/\\d+")) {
							long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
							article = new Article(id, new CopyOnWriteArrayList<>(List.of(headline)),
									new CopyOnWriteArrayList<>(List.of(body)), new CopyOnWriteArrayList<>(List.of(0)));
							this.articles.add(article);
						}
						continue;
					}
					form.put("version", editor.selectFirst("input[name=version]").val());
					form.put("action", "save");
					article.headlines().add(headline);
					article.bodies().add(body);
					this.attempts.incrementAndGet();
					HttpResponse<String> saved = post(http,
							this.server.baseUrl() + "/newsroom/articles/" + article.id(), form);
					if (saved.statusCode() == 302 && saved.headers()
						.firstValue("Location")
						.orElse("")
						.endsWith("/newsroom/articles/" + article.id())) {
						article.acknowledged().add(article.headlines().size() - 1);
					}
				}
				catch (IOException ex) {
					pause(); // reload the editor when the server is back, and save again
				}
			}
		}
		catch (RuntimeException | Error ex) {
			this.failures.add(ex);
		}
	}

	private void signIn(HttpClient http) throws IOException {
		Document form = Jsoup.parse(get(http, this.server.baseUrl() + "/newsroom/sign-in").body());
		HttpResponse<String> response = post(http, this.server.baseUrl() + "/newsroom/sign-in",
				Map.of("email", this.editorEmail, "password", this.editorPassword, "_csrf",
						form.selectFirst("input[name=_csrf]").val()));
		if (response.statusCode() != 302) {
			throw new AssertionError("sign-in answered " + response.statusCode() + ": " + response.body());
		}
	}

	private void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running.set(false);
		}
	}

	/** A reader's own address in 198.18.0.0/15, the range set aside for tests. */
	private static String address(int n) {
		return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws IOException {
		return send(http, HttpRequest.newBuilder(URI.create(url)).GET());
	}

	private static String page(HttpClient http, String url) {
		try {
			return get(http, url).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields, String... headers)
			throws IOException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(http, request);
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException {
		try {
			return http.send(request.timeout(Duration.ofSeconds(20)).header("User-Agent", USER_AGENT).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
