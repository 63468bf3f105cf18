package org.dateline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.dateline.DatelineApplication;
import org.dateline.DemoPaths;
import org.dateline.ServerProcess;
import org.dateline.SiteClient;
import org.dateline.TemporaryDataDirectory;
import org.dateline.TestPostgres;
import org.dateline.WriteTraffic;
import org.dateline.data.BackupManifest;
import org.dateline.data.SiteChecksums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./dateline backup} of a site that readers and editors keep writing to, and
 * {@code ./dateline restore} of it into an empty data directory: every write acknowledged
 * before the backup began is in the restored site, the restored site's tables and files
 * match the manifest, and the restored site serves. On SQLite, and in the PostgreSQL run
 * on PostgreSQL (restored into a second, empty database).
 */
class BackupCommandTests {

	static final String EDITOR = "backup.editor@newsroom.example";

	static final String PASSWORD = "correct horse battery staple";

	@TempDir
	Path work;

	final List<TestPostgres> databases = new ArrayList<>();

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(TestPostgres::close);
	}

	record Run(int code, String out, String err) {
	}

	static Run dateline(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DatelineCli
			.commandLine(DatelineApplication.class, new PrintWriter(out, true), new PrintWriter(err, true))
			.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	/** A new empty database in the PostgreSQL run, null (SQLite) in the other. */
	String database() {
		if (!TemporaryDataDirectory.ON_POSTGRES) {
			return null;
		}
		TestPostgres database = TestPostgres.empty();
		this.databases.add(database);
		return database.url();
	}

	/**
	 * The subcommand's arguments with {@code --data} and, on PostgreSQL,
	 * {@code --database}.
	 */
	static String[] args(Path data, String database, String... rest) {
		List<String> args = new ArrayList<>(List.of(rest));
		args.add("--data=" + data);
		if (database != null) {
			args.add("--database=" + database);
		}
		return args.toArray(String[]::new);
	}

	static Connection connect(Path data, String database) throws SQLException {
		return (database != null) ? DriverManager.getConnection(database)
				: DriverManager.getConnection("jdbc:sqlite:" + data.resolve("dateline.db"));
	}

	@Test
	void aBackupTakenWhileTheSiteIsWrittenToRestoresEveryWriteAcknowledgedBeforeIt() throws Exception {
		Path data = this.work.resolve("data");
		Path backup = this.work.resolve("backup");
		Path restored = this.work.resolve("restored");
		String source = database();
		String target = database();
		Run user = dateline(
				args(data, source, "user", "add", "--email", EDITOR, "--role", "editor", "--password", PASSWORD));
		assertThat(user.code()).as(user.err()).isZero();

		List<WriteTraffic.Comment> commentsBefore;
		List<WriteTraffic.Article> articlesBefore = new ArrayList<>();
		List<Integer> savesBefore = new ArrayList<>();
		int attemptsBefore;
		int attemptsAfter;
		Run taken;
		try (ServerProcess server = ServerProcess.start(data, source);
				WriteTraffic traffic = WriteTraffic.start(server, story(server), 3, 2, EDITOR, PASSWORD)) {
			await(() -> traffic.comments().size() >= 10 && traffic.articles().size() >= 2, server);
			commentsBefore = traffic.comments();
			for (WriteTraffic.Article article : traffic.articles()) {
				articlesBefore.add(article);
				savesBefore.add(article.acknowledgedSaves().getLast());
			}
			attemptsBefore = traffic.attempts();
			taken = dateline(args(data, source, "backup", backup.toString()));
			attemptsAfter = traffic.attempts();
			assertThat(taken.code()).as(taken.err() + server.logTail()).isZero();
		}
		assertThat(attemptsAfter).as("writes went on while the backup ran").isGreaterThan(attemptsBefore);
		assertThat(taken.out()).startsWith("Backed up ").contains(" files to " + backup);
		BackupManifest manifest = BackupManifest.read(backup);
		assertThat(manifest.files()).as("the demo's photos")
			.isNotEmpty()
			.allSatisfy((file) -> assertThat(file.path()).startsWith("media/photos/").endsWith("/original"));

		Run restore = dateline(args(restored, target, "restore", backup.toString()));
		assertThat(restore.code()).as(restore.err()).isZero();
		assertThat(restore.out()).startsWith("Restored the snapshot of " + manifest.createdAt());

		try (Connection db = connect(restored, target)) {
			assertThat(SiteChecksums.compare(db, manifest.tables())).as("the restored tables against the manifest")
				.isEmpty();
			assertThat(manifest.tables()).anySatisfy((table) -> {
				assertThat(table.table()).isEqualTo("comment");
				assertThat(table.rows()).isGreaterThanOrEqualTo(commentsBefore.size());
			});
			for (WriteTraffic.Comment comment : commentsBefore) {
				assertThat(row(db, "SELECT author_name, author_email, body FROM comment WHERE id = ?", comment.id()))
					.as("comment " + comment.id() + ", acknowledged before the backup")
					.containsExactly(comment.name(), comment.email(), comment.body());
			}
			for (int i = 0; i < articlesBefore.size(); i++) {
				WriteTraffic.Article article = articlesBefore.get(i);
				List<String> stored = row(db, "SELECT headline, body_markdown FROM article WHERE id = ?", article.id());
				int acknowledged = savesBefore.get(i);
				assertThat(article.headlines().subList(acknowledged, article.headlines().size()))
					.as("article " + article.id() + ": the last save acknowledged before the backup, or a later one")
					.contains(stored.getFirst());
				assertThat(article.bodies().get(article.headlines().indexOf(stored.getFirst())))
					.isEqualTo(stored.get(1));
			}
			try (ResultSet rs = db.createStatement().executeQuery("SELECT file_key FROM photo")) {
				while (rs.next()) {
					String key = rs.getString(1);
					assertThat(restored.resolve("media/photos/" + key.substring(0, 2) + "/" + key + "/original"))
						.as("every photo of the snapshot has its file")
						.isRegularFile();
				}
			}
		}
		for (BackupManifest.FileSum file : manifest.files()) {
			assertThat(restored.resolve(file.path())).hasSize(file.bytes()).hasDigest("SHA-256", file.sha256());
		}

		try (ServerProcess again = ServerProcess.start(restored, target)) {
			SiteClient reader = new SiteClient(again.port());
			SiteClient.Response page = reader.get(story(again));
			assertThat(page.status()).isEqualTo(200);
			String photo = page.document()
				.selectFirst("figure img[src*=/media/]")
				.attr("src")
				.replaceFirst("^https?://[^/]+", "");
			assertThat(reader.get(photo).status()).as("a photo made again from its restored original").isEqualTo(200);
		}
	}

	@Test
	void restoreRefusesADamagedBackupAndADirectoryThatIsNotEmpty() throws Exception {
		Path data = this.work.resolve("data");
		Path backup = this.work.resolve("backup");
		String source = database();
		assertThat(dateline(
				args(data, source, "user", "add", "--email", EDITOR, "--role", "admin", "--password", PASSWORD))
			.code()).isZero();
		Path logo = data.resolve("site/logo-0123456789abcdef.png");
		Files.createDirectories(logo.getParent());
		Files.write(logo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
		Files.writeString(data.resolve("site/.writing-1.tmp"), "half a logo");
		assertThat(dateline(args(data, source, "backup", backup.toString())).code()).isZero();
		assertThat(BackupManifest.read(backup).files()).extracting(BackupManifest.FileSum::path)
			.containsExactly("site/logo-0123456789abcdef.png");

		Run again = dateline(args(data, source, "backup", backup.toString()));
		assertThat(failure(again)).isEqualTo("dateline: The backup directory " + backup
				+ " is not empty; name a new one (a backup never overwrites another).");

		Run occupied = dateline(args(data, database(), "restore", backup.toString()));
		assertThat(failure(occupied)).startsWith("dateline: The data directory " + data + " is not empty (it holds ")
			.contains("restore into an empty directory");

		Files.write(backup.resolve("site/logo-0123456789abcdef.png"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 4 });
		Path fresh = this.work.resolve("fresh");
		Run damaged = dateline(args(fresh, database(), "restore", backup.toString()));
		assertThat(failure(damaged)).isEqualTo("dateline: The backup in " + backup
				+ " does not match its manifest, so nothing was restored: file site/logo-0123456789abcdef.png has the "
				+ "expected size but different content");
		assertThat(fresh.resolve("dateline.db")).doesNotExist();

		Files.delete(backup.resolve(BackupManifest.FILE));
		Run unfinished = dateline(args(fresh, database(), "restore", backup.toString()));
		assertThat(failure(unfinished)).isEqualTo("dateline: There is no Dateline backup in " + backup
				+ " (no manifest.json; a backup that was cut short has none).");
	}

	/** The demo story the readers comment on. */
	static String story(ServerProcess server) {
		return DemoPaths.article(new SiteClient(server.port()), "culture", "asuncion-harp-festival-young-players")
			.replaceFirst("^https?://[^/]+", "");
	}

	/** What a failed command said last (progress lines come before it). */
	static String failure(Run run) {
		assertThat(run.code()).as(run.out()).isEqualTo(1);
		return run.err().strip().lines().toList().getLast();
	}

	static List<String> row(Connection db, String sql, long id) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setLong(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).as(sql + " for " + id).isTrue();
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					values.add(rs.getString(i));
				}
				return values;
			}
		}
	}

	static void await(BooleanSupplier condition, ServerProcess server) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the writers made no progress within a minute:\n" + server.logTail());
			}
			Thread.sleep(100);
		}
	}

}
