package org.dateline.article;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.dateline.DatelineApplication;
import org.dateline.NewsroomSiteTest;
import org.dateline.TemporaryDataDirectory;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Scheduled articles go out by the server's own {@link ArticleScheduler}, with nobody
 * reading the site: these tests make no request at all and watch the database, giving the
 * scheduler its configured period (plus a margin) rather than asserting exact timings.
 * <p>
 * Catching up after a restart needs a server that was down: the shared test site cannot
 * be stopped, so {@link #anArticleDueWhileTheServerWasDownIsPublishedAtStartUp()} runs
 * the application itself twice on a data directory of its own, as {@code serve} would
 * (without the web server, which the scheduler does not need), with a period of an hour:
 * the first run schedules a story a moment ahead and stops; once that moment has passed,
 * the second run starts, and only its start-up run (initial delay 0) can publish the
 * story within the test's few seconds.
 */
@NewsroomSiteTest
class ArticleSchedulerTests {

	/** Well beyond one run of the scheduler, and far short of the hour it waits. */
	static final Duration START_UP = Duration.ofSeconds(20);

	@Autowired
	ArticleEditing editing;

	@Autowired
	StaffService staff;

	@Autowired
	SectionService sections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	Actor editor;

	@BeforeEach
	void setUp() {
		this.editor = editor(this.staff);
	}

	/**
	 * The scheduler's period and a margin: a run starts within it, whatever the phase.
	 */
	Duration period() {
		Duration every = Binder.get(this.environment)
			.bind("dateline.scheduler.every", Duration.class)
			.orElse(Duration.ofSeconds(15));
		return every.multipliedBy(2).plusSeconds(5);
	}

	@Test
	void aScheduledArticleIsPublishedInTimeWithoutAnyReader() {
		long id = draft(this.editing, this.sections.bySlug("world").orElseThrow().id(), this.editor,
				"Night ferry timetable, scheduled");
		Instant at = Instant.now().plusSeconds(2);
		this.editing.schedule(id, version(id), at, this.editor);
		assertThat(status(this.jdbc, id)).isEqualTo("SCHEDULED");
		await(period(), "the scheduled article to be published", () -> status(this.jdbc, id).equals("PUBLISHED"));
		assertThat(publishedAt(id)).as("it keeps its scheduled time").isEqualTo(at.toEpochMilli());
	}

	@Test
	void anEmbargoedArticleWaitsForItsEmbargoEvenIfScheduledEarlier() {
		long section = this.sections.bySlug("world").orElseThrow().id();
		long embargoed = draft(this.editing, section, this.editor, "Central bank rates, under embargo");
		long control = draft(this.editing, section, this.editor, "Harbour works, no embargo");
		Instant at = Instant.now().plusSeconds(5);
		this.editing.schedule(embargoed, version(embargoed), at, this.editor);
		this.editing.schedule(control, version(control), at, this.editor);
		// Scheduling before an embargo is refused, but an embargo can still be set on a
		// story that is already scheduled, as the desk does when the agency's embargo
		// note arrives after the story was queued.
		EditableArticle queued = this.editing.load(embargoed, this.editor);
		ArticleDraft draft = queued.draft();
		Instant embargo = Instant.now().plus(Duration.ofHours(1));
		this.editing.save(embargoed, queued.version(), withEmbargo(draft, embargo), this.editor, false, "embargo");

		await(period(), "the story without an embargo to be published",
				() -> status(this.jdbc, control).equals("PUBLISHED"));
		assertThat(status(this.jdbc, embargoed)).as("the run that published its twin left it alone")
			.isEqualTo("SCHEDULED");

		long lifted = Instant.now().minusSeconds(1).toEpochMilli();
		this.jdbc.sql("UPDATE article SET embargo_at = :lifted WHERE id = :id")
			.param("lifted", lifted)
			.param("id", embargoed)
			.update();
		await(period(), "the story to be published once its embargo lifted",
				() -> status(this.jdbc, embargoed).equals("PUBLISHED"));
		assertThat(publishedAt(embargoed)).as("readers never see a time before the embargo")
			.isGreaterThanOrEqualTo(lifted);
	}

	@Test
	void anArticleDueWhileTheServerWasDownIsPublishedAtStartUp() {
		Path data = TemporaryDataDirectory.create();
		long id;
		Instant at;
		try (ConfigurableApplicationContext before = start(data)) {
			ArticleEditing editing = before.getBean(ArticleEditing.class);
			Actor editor = editor(before.getBean(StaffService.class));
			long section = before.getBean(SectionService.class).create("world", "World", "").id();
			id = draft(editing, section, editor, "Published while nobody was running");
			at = Instant.now().plusSeconds(1);
			editing.schedule(id, editing.load(id, editor).version(), at, editor);
			assertThat(status(before.getBean(JdbcClient.class), id)).isEqualTo("SCHEDULED");
		}
		await(Duration.ofSeconds(10), "the scheduled time to pass", () -> Instant.now().isAfter(at));
		try (ConfigurableApplicationContext after = start(data)) {
			JdbcClient jdbc = after.getBean(JdbcClient.class);
			await(START_UP, "the start-up run to publish it", () -> status(jdbc, id).equals("PUBLISHED"));
		}
	}

	/** The application as {@code serve} runs it, with the scheduler's period an hour. */
	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(DatelineApplication.class).web(WebApplicationType.NONE)
			.run("--dateline.data-dir=" + data, "--dateline.demo.enabled=false", "--dateline.scheduler.every=1h");
	}

	private static Actor editor(StaffService staff) {
		StaffUser user = staff.create("scheduler." + System.nanoTime() + "@newsroom.example", "Scheduling Editor",
				Role.EDITOR, null);
		return new Actor(user.id(), user.name(), true, true);
	}

	private static long draft(ArticleEditing editing, long section, Actor actor, String headline) {
		return editing.create(new ArticleDraft(headline + " " + System.nanoTime(), "A dek", "", section,
				"LISBON, Portugal", "The first paragraph.", null, List.of(), List.of(), true, null), actor);
	}

	private static ArticleDraft withEmbargo(ArticleDraft draft, Instant embargo) {
		return new ArticleDraft(draft.headline(), draft.dek(), draft.slug(), draft.sectionId(), draft.dateline(),
				draft.bodyMarkdown(), draft.heroPhotoId(), draft.tagNames(), draft.authorIds(), draft.commentsOpen(),
				embargo);
	}

	private static String status(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
	}

	private int version(long id) {
		return this.editing.load(id, this.editor).version();
	}

	private long publishedAt(long id) {
		return this.jdbc.sql("SELECT published_at FROM article WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Polls until the condition holds, and fails after the timeout. */
	private static void await(Duration timeout, String what, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				fail("Waited " + timeout.toSeconds() + "s for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting for " + what);
			}
		}
	}

}
