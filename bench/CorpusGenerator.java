import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Fills a migrated, empty Dateline database with a generated news site for the benchmarks: N published articles over
 * five years in eight sections, with authors, tags and the search index, in made-up words drawn with a Zipf
 * distribution (as words are in real text: a few very common, most rare), and optionally reader comments. Then writes
 * search queries of several kinds, as URL paths, for bench/search.sh, and the paths of the other reader pages for
 * bench/bigsite.sh.
 *
 * <pre>java -cp sqlite-jdbc.jar bench/CorpusGenerator.java DATABASE ARTICLES QUERY_DIR [COMMENTS]
 * java -cp postgresql.jar bench/CorpusGenerator.java jdbc:postgresql://HOST/DB?user=U ARTICLES QUERY_DIR [COMMENTS]</pre>
 *
 * DATABASE is the path of a SQLite file or a PostgreSQL JDBC URL. Comments are spread over the articles as on a real
 * site: most stories get a few, a few get thousands (a Lomax distribution, mean COMMENTS / ARTICLES); a third are
 * replies, 92% approved, 5% waiting for moderation, 3% spam. Rows are written in batches straight into the schema the
 * application's migrations made. Deterministic (seeded), so runs on different days measure the same site; the
 * articles and queries are the same with or without comments.
 */
public class CorpusGenerator {

	static final Random random = new Random(20261128);

	static final int VOCABULARY = 30_000;

	static final String[] ONSETS = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
			"pr", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z" };

	static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ea", "oo", "ou" };

	static final String[] CODAS = { "", "", "", "n", "r", "l", "s", "t", "m", "nd", "rk", "st" };

	static String[] words;

	static boolean postgres;

	/** What bench/bigsite.sh requests: every article's path and section, and the tags and authors. */
	static String[] articlePaths;

	static int[] articleSections;

	static String[] sectionSlugs;

	static int tagCount;

	static int authorCount;

	/** The comments' own random numbers, so the articles and queries do not depend on them. */
	static final Random commentRandom = new Random(20261129);

	static double[] cumulative;

	public static void main(String[] args) throws Exception {
		String database = args[0];
		int articles = Integer.parseInt(args[1]);
		Path queries = Path.of(args[2]);
		int comments = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		postgres = database.startsWith("jdbc:postgresql:");
		vocabulary();
		long started = System.nanoTime();
		String url = postgres ? database + (database.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
				: "jdbc:sqlite:" + database;
		try (Connection connection = DriverManager.getConnection(url)) {
			try (Statement statement = connection.createStatement()) {
				if (postgres) {
					statement.execute("SET synchronous_commit = off");
				}
				else {
					statement.execute("PRAGMA journal_mode=WAL");
					statement.execute("PRAGMA synchronous=OFF");
				}
			}
			connection.setAutoCommit(false);
			generate(connection, articles);
			connection.commit();
			System.out.printf("Generated %,d articles in %.1f s%n", articles, (System.nanoTime() - started) / 1e9);
			if (comments > 0) {
				long commentsStarted = System.nanoTime();
				comments(connection, comments);
				connection.commit();
				System.out.printf("Generated %,d comments in %.1f s%n", comments,
						(System.nanoTime() - commentsStarted) / 1e9);
			}
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				if (postgres) {
					// ids were given explicitly: the identity sequences continue after them
					for (String table : List.of("article", "comment")) {
						statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
								+ "(SELECT coalesce(max(id), 1) FROM " + table + "))");
					}
					statement.execute("VACUUM ANALYZE");
				}
				else {
					statement.execute("INSERT INTO search_index (search_index) VALUES ('optimize')");
					statement.execute("ANALYZE");
				}
			}
		}
		System.out.printf("Generated the site in %.1f s%n", (System.nanoTime() - started) / 1e9);
		writeQueries(queries);
		writePages(queries);
	}

	/** Made-up words of two to four syllables, all different. */
	static void vocabulary() {
		Set<String> made = new LinkedHashSet<>();
		while (made.size() < VOCABULARY) {
			StringBuilder word = new StringBuilder();
			int syllables = 1 + random.nextInt(3) + (random.nextInt(4) == 0 ? 1 : 0);
			for (int i = 0; i < syllables; i++) {
				word.append(pick(ONSETS)).append(pick(VOWELS));
			}
			word.append(pick(CODAS));
			if (word.length() >= 3) {
				made.add(word.toString());
			}
		}
		words = made.toArray(String[]::new);
		cumulative = new double[VOCABULARY];
		double sum = 0;
		for (int rank = 0; rank < VOCABULARY; rank++) {
			sum += 1.0 / (rank + 1);
			cumulative[rank] = sum;
		}
		for (int rank = 0; rank < VOCABULARY; rank++) {
			cumulative[rank] /= sum;
		}
	}

	static String pick(String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	static String word() {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		return words[Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index)];
	}

	static String sentence(int min, int max) {
		int count = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			String word = word();
			text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
			text.append(i == count - 1 ? "." : (random.nextInt(12) == 0 ? ", " : " "));
		}
		return text.toString();
	}

	static String paragraph() {
		StringBuilder text = new StringBuilder();
		int sentences = 3 + random.nextInt(3);
		for (int i = 0; i < sentences; i++) {
			text.append(i == 0 ? "" : " ").append(sentence(8, 20));
		}
		return text.toString();
	}

	static String name() {
		String first = words[1000 + random.nextInt(5000)];
		String last = words[6000 + random.nextInt(20000)];
		return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " "
				+ Character.toUpperCase(last.charAt(0)) + last.substring(1);
	}

	static void generate(Connection connection, int count) throws SQLException {
		String[] sections = { "world", "politics", "business", "science", "climate", "culture", "sport", "opinion" };
		sectionSlugs = sections;
		articlePaths = new String[count];
		articleSections = new int[count];
		articlePublished = new long[count];
		long[] sectionIds = new long[sections.length];
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO section (slug, name, position) VALUES (?, ?, ?) RETURNING id")) {
			for (int i = 0; i < sections.length; i++) {
				insert.setString(1, sections[i]);
				insert.setString(2, Character.toUpperCase(sections[i].charAt(0)) + sections[i].substring(1));
				insert.setInt(3, i);
				sectionIds[i] = single(insert);
			}
		}
		String[] authorNames = new String[300];
		long[] authorIds = new long[authorNames.length];
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO author (slug, name) VALUES (?, ?) RETURNING id")) {
			for (int i = 0; i < authorNames.length; i++) {
				authorNames[i] = name();
				insert.setString(1, "author-" + i);
				insert.setString(2, authorNames[i]);
				authorIds[i] = single(insert);
			}
		}
		String[] tagNames = new String[3000];
		long[] tagIds = new long[tagNames.length];
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO tag (slug, name) VALUES (?, ?) RETURNING id")) {
			for (int i = 0; i < tagNames.length; i++) {
				String word = words[200 + i * 3];
				tagNames[i] = Character.toUpperCase(word.charAt(0)) + word.substring(1);
				insert.setString(1, "tag-" + i);
				insert.setString(2, tagNames[i]);
				tagIds[i] = single(insert);
			}
		}
		Instant newest = Instant.now();
		long span = Duration.ofDays(5 * 365).toMillis();
		authorCount = authorIds.length;
		tagCount = tagIds.length;
		long firstId = 1 + maxId(connection, "article");
		try (PreparedStatement article = connection.prepareStatement("""
				INSERT INTO article (id, slug, section_id, headline, dek, dateline, body_markdown, body_html, status,
				                     published_at, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, '', ?, ?, 'PUBLISHED', ?, ?, ?)
				""");
				PreparedStatement byline = connection
					.prepareStatement("INSERT INTO article_author (article_id, author_id, position) VALUES (?, ?, ?)");
				PreparedStatement tagging = connection
					.prepareStatement("INSERT INTO article_tag (article_id, tag_id, position) VALUES (?, ?, ?)");
				PreparedStatement entry = connection.prepareStatement(
						"INSERT INTO search_entry (article_id, section_id, published_at) VALUES (?, ?, ?)");
				PreparedStatement document = connection.prepareStatement(
						"INSERT INTO search_document (article_id, headline, dek, body, tags, authors) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int n = 0; n < count; n++) {
				String headline = sentence(6, 12).replaceAll("[.,]", "");
				String dek = sentence(14, 24);
				List<String> paragraphs = new ArrayList<>();
				int length = 5 + random.nextInt(4);
				for (int p = 0; p < length; p++) {
					paragraphs.add(paragraph());
				}
				// in the order of their ids, as stories are written, over five years up to now
				long published = newest.toEpochMilli() - span + span * n / count + random.nextInt(3_600_000);
				long id = firstId + n;
				article.setLong(1, id);
				article.setString(2, "story-" + n);
				int sectionIndex = random.nextInt(sectionIds.length);
				long section = sectionIds[sectionIndex];
				article.setLong(3, section);
				article.setString(4, headline);
				article.setString(5, dek);
				article.setString(6, String.join("\n\n", paragraphs));
				article.setString(7, "<p>" + String.join("</p>\n<p>", paragraphs) + "</p>");
				article.setLong(8, published);
				article.setLong(9, published);
				article.setLong(10, published);
				article.addBatch();
				LocalDate day = Instant.ofEpochMilli(published).atZone(ZoneOffset.UTC).toLocalDate();
				articlePaths[n] = "/%s/%04d/%02d/%02d/story-%d".formatted(sections[sectionIndex], day.getYear(),
						day.getMonthValue(), day.getDayOfMonth(), n);
				articleSections[n] = sectionIndex;
				articlePublished[n] = published;
				List<String> names = new ArrayList<>();
				int bylines = 1 + (random.nextInt(5) == 0 ? 1 : 0);
				for (int b = 0; b < bylines; b++) {
					int author = random.nextInt(authorIds.length);
					if (!names.contains(authorNames[author])) {
						byline.setLong(1, id);
						byline.setLong(2, authorIds[author]);
						byline.setInt(3, b);
						byline.addBatch();
						names.add(authorNames[author]);
					}
				}
				List<String> tags = new ArrayList<>();
				int tagCount = random.nextInt(5);
				for (int t = 0; t < tagCount; t++) {
					int tag = (int) Math.min(tagIds.length - 1, Math.abs(random.nextGaussian()) * 400);
					if (!tags.contains(tagNames[tag])) {
						tagging.setLong(1, id);
						tagging.setLong(2, tagIds[tag]);
						tagging.setInt(3, t);
						tagging.addBatch();
						tags.add(tagNames[tag]);
					}
				}
				entry.setLong(1, id);
				entry.setLong(2, section);
				entry.setLong(3, published);
				entry.addBatch();
				document.setLong(1, id);
				document.setString(2, headline);
				document.setString(3, dek);
				document.setString(4, String.join(" ", paragraphs));
				document.setString(5, String.join(" · ", tags));
				document.setString(6, String.join(" · ", names));
				document.addBatch();
				if (n % 1000 == 999) {
					article.executeBatch();
					byline.executeBatch();
					tagging.executeBatch();
					entry.executeBatch();
					document.executeBatch();
				}
			}
			article.executeBatch();
			byline.executeBatch();
			tagging.executeBatch();
			entry.executeBatch();
			document.executeBatch();
		}
		firstArticleId = firstId;
	}

	static long firstArticleId;

	static long[] articlePublished;

	static int[] commentCounts;

	/**
	 * TOTAL comments over the articles: per article a Lomax (Pareto II, shape 2) count, so the median story has a
	 * few and the most discussed thousands, scaled to the total. A third answer an earlier comment of the story.
	 */
	static void comments(Connection connection, int total) throws SQLException {
		int articles = articlePaths.length;
		double[] weights = new double[articles];
		double sum = 0;
		for (int i = 0; i < articles; i++) {
			weights[i] = Math.min(300, Math.pow(1 - commentRandom.nextDouble(), -0.5) - 1);
			sum += weights[i];
		}
		commentCounts = new int[articles];
		int assigned = 0;
		for (int i = 0; i < articles; i++) {
			commentCounts[i] = (int) (weights[i] * total / sum);
			assigned += commentCounts[i];
		}
		while (assigned < total) {
			commentCounts[commentRandom.nextInt(articles)]++;
			assigned++;
		}
		String[] commenters = new String[20_000];
		for (int i = 0; i < commenters.length; i++) {
			commenters[i] = name();
		}
		long id = 1 + maxId(connection, "comment");
		int written = 0;
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO comment (id, article_id, parent_id, author_name, author_email, author_url, body, status,
				                     created_at, ip, user_agent, checks)
				VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'Mozilla/5.0 (bench)', 'generated')
				""")) {
			List<Long> approved = new ArrayList<>();
			for (int a = 0; a < articles; a++) {
				approved.clear();
				long created = articlePublished[a];
				for (int c = 0; c < commentCounts[a]; c++) {
					created += 1_000 + commentRandom.nextInt(600_000);
					int commenter = commentRandom.nextInt(commenters.length);
					double roll = commentRandom.nextDouble();
					String status = roll < 0.92 ? "APPROVED" : roll < 0.97 ? "PENDING" : "SPAM";
					Long parent = (!approved.isEmpty() && commentRandom.nextInt(3) == 0)
							? approved.get(commentRandom.nextInt(approved.size())) : null;
					StringBuilder body = new StringBuilder();
					int sentences = 1 + commentRandom.nextInt(4);
					for (int s = 0; s < sentences; s++) {
						body.append(s == 0 ? "" : " ").append(sentence(5, 18));
					}
					insert.setLong(1, id);
					insert.setLong(2, firstArticleId + a);
					if (parent == null) {
						insert.setNull(3, java.sql.Types.BIGINT);
					}
					else {
						insert.setLong(3, parent);
					}
					insert.setString(4, commenters[commenter]);
					insert.setString(5, "reader-" + commenter + "@example.net");
					insert.setString(6, body.toString());
					insert.setString(7, status);
					insert.setLong(8, created);
					insert.setString(9, "192.0.2." + (commenter % 250));
					insert.addBatch();
					if (status.equals("APPROVED")) {
						approved.add(id);
					}
					id++;
					if (++written % 10_000 == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}
	}

	static long maxId(Connection connection, String table) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table)) {
			return single(statement);
		}
	}

	static long single(PreparedStatement statement) throws SQLException {
		try (var rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * One file of URL paths per kind of query: a rare word (a name, a place), a topic word (in a few percent of the
	 * stories), a common word (in a third of them and more: the worst case), two words, a phrase, a filtered search,
	 * newest first, a deep page.
	 */
	static void writeQueries(Path directory) throws IOException {
		Files.createDirectories(directory);
		String lastYear = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
		write(directory.resolve("rare.txt"), (i) -> q(words[5000 + random.nextInt(25000)]));
		write(directory.resolve("topic.txt"), (i) -> q(words[200 + random.nextInt(1800)]));
		write(directory.resolve("common.txt"), (i) -> q(words[10 + random.nextInt(90)]));
		write(directory.resolve("two-words.txt"),
				(i) -> q(words[100 + random.nextInt(2000)] + " " + words[100 + random.nextInt(5000)]));
		write(directory.resolve("phrase.txt"), (i) -> q("\"" + words[random.nextInt(300)] + " "
				+ words[random.nextInt(300)] + "\""));
		write(directory.resolve("filtered.txt"), (i) -> q(words[200 + random.nextInt(1800)]) + "&section=politics&from="
				+ lastYear);
		write(directory.resolve("newest.txt"), (i) -> q(words[200 + random.nextInt(1800)]) + "&sort=newest");
		write(directory.resolve("deep-page.txt"), (i) -> q(words[200 + random.nextInt(1800)]) + "&page=5");
		List<String> all = new ArrayList<>();
		for (String kind : List.of("rare", "topic", "common", "two-words", "phrase", "filtered", "newest",
				"deep-page")) {
			all.addAll(Files.readAllLines(directory.resolve(kind + ".txt")));
		}
		Collections.shuffle(all, random);
		Files.write(directory.resolve("mixed.txt"), all);
	}

	/**
	 * The other reader pages, as URL paths for bench/bigsite.sh: 500 random articles, the most discussed one, the
	 * front page, section fronts and their pages, feeds of the site, sections, tags, authors and comments.
	 */
	static void writePages(Path directory) throws IOException {
		Random pick = new Random(20261130);
		int articles = articlePaths.length;
		write(directory.resolve("article.txt"), (i) -> articlePaths[pick.nextInt(articles)]);
		int hottest = 0;
		for (int i = 0; commentCounts != null && i < articles; i++) {
			hottest = (commentCounts[i] > commentCounts[hottest]) ? i : hottest;
		}
		Files.writeString(directory.resolve("hot-article.txt"), articlePaths[hottest] + "\n");
		Files.writeString(directory.resolve("front.txt"), "/\n");
		write(directory.resolve("section.txt"), (i) -> "/" + sectionSlugs[pick.nextInt(sectionSlugs.length)] + "/"
				+ ((i % 2 == 0) ? "" : "?page=" + (2 + pick.nextInt(20))));
		write(directory.resolve("feed.txt"), (i) -> switch (i % 5) {
			case 0 -> (i % 2 == 0) ? "/rss.xml" : "/atom.xml";
			case 1 -> "/" + sectionSlugs[pick.nextInt(sectionSlugs.length)] + "/rss.xml";
			case 2 -> "/tag/tag-" + (int) Math.min(tagCount - 1, Math.abs(pick.nextGaussian()) * 400) + "/atom.xml";
			case 3 -> "/author/author-" + pick.nextInt(authorCount) + "/rss.xml";
			default -> articlePaths[pick.nextInt(articles)] + "/comments/rss.xml";
		});
	}

	interface Query {

		String make(int i);

	}

	static void write(Path file, Query query) throws IOException {
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
			for (int i = 0; i < 500; i++) {
				out.println(query.make(i));
			}
		}
	}

	static String q(String words) {
		return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

}
