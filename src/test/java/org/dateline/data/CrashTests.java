package org.dateline.data;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dateline.DatelineApplication;
import org.dateline.DemoPaths;
import org.dateline.ServerProcess;
import org.dateline.SiteClient;
import org.dateline.TemporaryDataDirectory;
import org.dateline.TestPostgres;
import org.dateline.WriteTraffic;
import org.dateline.cli.DatelineCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged writes survive {@code kill -9}: readers post comments and an editor saves
 * articles as fast as the server answers while the server process is killed with SIGKILL
 * at random moments, twenty times. After each kill the database passes its integrity
 * check (SQLite's {@code PRAGMA integrity_check} and foreign-key check; on PostgreSQL
 * amcheck over every table and index), and after each restart every write acknowledged
 * before the kill is there, as it was sent, once. Comments are checked in the database,
 * not on the page: a first-time commenter's comment is held for moderation. On SQLite,
 * and in the PostgreSQL run on PostgreSQL.
 */
class CrashTests {

	static final int KILLS = 20;

	static final String EDITOR = "crash.editor@newsroom.example";

	static final String PASSWORD = "correct horse battery staple";

	@TempDir
	Path data;

	@Test
	void everyAcknowledgedWriteSurvivesTwentyKillsAndTheDatabaseStaysWhole() throws Exception {
		TestPostgres postgres = TemporaryDataDirectory.ON_POSTGRES ? TestPostgres.empty() : null;
		String url = (postgres != null) ? postgres.url() : null;
		try {
			List<String> add = new ArrayList<>(List.of("user", "add", "--data=" + this.data, "--email", EDITOR,
					"--role", "editor", "--password", PASSWORD));
			if (url != null) {
				add.add("--database=" + url);
			}
			StringWriter err = new StringWriter();
			assertThat(DatelineCliAccess.run(DatelineApplication.class, new PrintWriter(new StringWriter()),
					new PrintWriter(err, true), add.toArray(String[]::new)))
				.as(err.toString())
				.isZero();
			long seed = System.nanoTime();
			Random random = new Random(seed);
			int verifiedComments = 0;
			int verifiedSaves = 0;
			try (ServerProcess server = ServerProcess.start(this.data, url)) {
				String story = DemoPaths
					.article(new SiteClient(server.port()), "culture", "asuncion-harp-festival-young-players")
					.replaceFirst("^https?://[^/]+", "");
				try (WriteTraffic traffic = WriteTraffic.start(server, story, 4, 2, EDITOR, PASSWORD)) {
					awaitFirstWrites(traffic, server);
					for (int kill = 1; kill <= KILLS; kill++) {
						Thread.sleep(200 + random.nextInt(1300));
						server.kill();
						List<WriteTraffic.Comment> comments = traffic.comments();
						List<Acknowledged> saves = acknowledged(traffic);
						String when = "after kill " + kill + " of " + KILLS + " (seed " + seed + ")";
						try (Connection db = connect(url)) {
							assertThat(integrityProblems(db, url != null)).as("integrity " + when).isEmpty();
						}
						server.restart();
						try (Connection db = connect(url)) {
							verify(db, comments, saves, when);
						}
						verifiedComments = comments.size();
						verifiedSaves = saves.stream().mapToInt((s) -> s.saves().size()).sum();
					}
				}
			}
			System.out.printf(
					"CrashTests on %s: %d kills; %d comments and %d article saves acknowledged, each found "
							+ "intact after every restart (seed %d)%n",
					(url != null) ? "PostgreSQL" : "SQLite", KILLS, verifiedComments, verifiedSaves, seed);
			assertThat(verifiedComments).as("comments acknowledged and checked").isGreaterThan(20);
			assertThat(verifiedSaves).as("article saves acknowledged and checked").isGreaterThan(10);
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	/** An article with its saves acknowledged at the moment of a kill. */
	record Acknowledged(WriteTraffic.Article article, List<Integer> saves) {
	}

	static List<Acknowledged> acknowledged(WriteTraffic traffic) {
		return traffic.articles().stream().map((a) -> new Acknowledged(a, a.acknowledgedSaves())).toList();
	}

	static void verify(Connection db, List<WriteTraffic.Comment> comments, List<Acknowledged> saves, String when)
			throws SQLException {
		for (WriteTraffic.Comment comment : comments) {
			assertThat(values(db, "SELECT author_name, author_email, body FROM comment WHERE id = ?", comment.id()))
				.as("comment " + comment.id() + " " + when)
				.containsExactly(List.of(comment.name(), comment.email(), comment.body()));
		}
		assertThat(rows(db, "SELECT body, count(*) FROM comment WHERE body LIKE 'Reader comment %' "
				+ "GROUP BY body HAVING count(*) > 1"))
			.as("comments stored twice " + when)
			.isEmpty();
		for (Acknowledged saved : saves) {
			WriteTraffic.Article article = saved.article();
			List<List<String>> stored = values(db, "SELECT headline, body_markdown FROM article WHERE id = ?",
					article.id());
			assertThat(stored).as("article " + article.id() + " " + when).hasSize(1);
			List<String> sent = article.headlines();
			int at = sent.indexOf(stored.getFirst().getFirst());
			assertThat(at).as("article " + article.id() + " holds its last acknowledged save or a later one " + when)
				.isGreaterThanOrEqualTo(saved.saves().getLast());
			assertThat(stored.getFirst().get(1)).isEqualTo(article.bodies().get(at));
			for (int i : saved.saves()) {
				assertThat(values(db,
						"SELECT headline, body_markdown FROM article_revision WHERE article_id = ? "
								+ "AND headline = ?",
						article.id(), sent.get(i)))
					.as("acknowledged save " + i + " of article " + article.id() + " is one revision " + when)
					.containsExactly(List.of(sent.get(i), article.bodies().get(i)));
			}
		}
		assertThat(rows(db, "SELECT headline, count(*) FROM article WHERE headline LIKE 'Harbour desk story %' "
				+ "GROUP BY headline HAVING count(*) > 1"))
			.as("articles stored twice " + when)
			.isEmpty();
	}

	/**
	 * What the database's own checks find wrong, after a full read of every table: on
	 * SQLite its integrity and foreign-key checks, on PostgreSQL amcheck's check of every
	 * table's heap and every B-tree index against its table.
	 */
	static List<String> integrityProblems(Connection db, boolean postgres) throws SQLException {
		List<String> problems = new ArrayList<>();
		SiteChecksums.of(db); // reads every value of every table
		if (!postgres) {
			List<List<String>> integrity = rows(db, "PRAGMA integrity_check");
			if (!integrity.equals(List.of(List.of("ok")))) {
				problems.add("integrity_check: " + integrity);
			}
			rows(db, "PRAGMA foreign_key_check").forEach((row) -> problems.add("foreign key: " + row));
			return problems;
		}
		try (Statement statement = db.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
		}
		for (List<String> row : rows(db,
				"SELECT c.relname, v.blkno, v.msg FROM pg_class c "
						+ "JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL verify_heapam(c.oid) v "
						+ "WHERE n.nspname = 'public' AND c.relkind = 'r'")) {
			problems.add("heap: " + row);
		}
		List<List<String>> indexes = rows(db, "SELECT c.relname, bt_index_check(c.oid, true)::text FROM pg_index i "
				+ "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
				+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE am.amname = 'btree' AND n.nspname = 'public'");
		assertThat(indexes).as("B-tree indexes checked").hasSizeGreaterThan(10);
		return problems;
	}

	Connection connect(String postgres) throws SQLException {
		return (postgres != null) ? DriverManager.getConnection(postgres)
				: DriverManager.getConnection("jdbc:sqlite:" + this.data.resolve(DataDirectory.DATABASE_FILE));
	}

	static List<List<String>> values(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				return read(rs);
			}
		}
	}

	static List<List<String>> rows(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return read(rs);
		}
	}

	private static List<List<String>> read(ResultSet rs) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		while (rs.next()) {
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getString(i));
			}
			rows.add(row);
		}
		return rows;
	}

	static void awaitFirstWrites(WriteTraffic traffic, ServerProcess server) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (traffic.comments().isEmpty() || traffic.articles().isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no write was acknowledged within a minute:\n" + server.logTail());
			}
			Thread.sleep(100);
		}
	}

}
