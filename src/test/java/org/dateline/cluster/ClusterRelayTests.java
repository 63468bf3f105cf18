package org.dateline.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dateline.DatelineApplication;
import org.dateline.TestPostgres;
import org.dateline.article.ArticleLifecycle;
import org.dateline.site.SiteSettingsService;
import org.dateline.web.ContentChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database: a change made on one is heard on the other within
 * a second, and a node never hears its own changes back.
 */
class ClusterRelayTests {

	@TempDir
	static Path first;

	@TempDir
	static Path second;

	static TestPostgres database;

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext two;

	static final List<ContentChanged> heardByOne = new CopyOnWriteArrayList<>();

	static final List<ContentChanged> heardByTwo = new CopyOnWriteArrayList<>();

	static final List<ArticleLifecycle> published = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startTwoNodes() {
		database = TestPostgres.empty();
		one = node(first);
		two = node(second);
		one.addApplicationListener(ApplicationListener.<ContentChanged>forPayload(heardByOne::add));
		two.addApplicationListener(ApplicationListener.<ContentChanged>forPayload(heardByTwo::add));
		one.addApplicationListener(ApplicationListener.<ArticleLifecycle>forPayload(published::add));
		two.addApplicationListener(ApplicationListener.<ArticleLifecycle>forPayload(published::add));
		// a node hears only what is sent once it listens: a node just started has nothing
		// cached to purge, but these tests send at once
		for (ConfigurableApplicationContext node : List.of(one, two)) {
			ClusterRelay relay = node.getBean(ClusterRelay.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!relay.isListening()) {
				assertThat(System.nanoTime()).as("the node listens within 30 s").isLessThan(deadline);
				pause();
			}
		}
	}

	static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static ConfigurableApplicationContext node(Path data) {
		return new SpringApplicationBuilder(DatelineApplication.class).web(WebApplicationType.NONE)
			.run("--dateline.data-dir=" + data, "--spring.datasource.url=" + database.url(),
					"--spring.main.banner-mode=off", "--dateline.scheduler.every=100ms");
	}

	@AfterAll
	static void stop() {
		one.close();
		two.close();
		database.close();
	}

	/**
	 * Checks again and again until it holds, failing with its last error after a second.
	 */
	static void withinASecond(Runnable check) {
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (true) {
			try {
				check.run();
				return;
			}
			catch (AssertionError ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				pause(); // not a spin: on two cores it would starve the listener it waits
							// for
			}
		}
	}

	@Test
	void aSettingChangedOnOneNodeIsInForceOnTheOtherWithinASecond() {
		SiteSettingsService onOne = one.getBean(SiteSettingsService.class);
		SiteSettingsService onTwo = two.getBean(SiteSettingsService.class);
		assertThat(onTwo.current().name()).isEqualTo(onOne.current().name()); // both
																				// cached
		onOne.put("name", "The Harbour Gazette");
		withinASecond(() -> assertThat(onTwo.current().name()).isEqualTo("The Harbour Gazette"));
	}

	@Test
	void aScheduledStoryIsPublishedOnceWhateverTheNumberOfNodes() throws InterruptedException {
		JdbcClient jdbc = one.getBean(JdbcClient.class);
		long section = jdbc.sql("INSERT INTO section (slug, name) VALUES ('cluster', 'Cluster') RETURNING id")
			.query(Long.class)
			.single();
		long now = System.currentTimeMillis();
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(jdbc.sql("""
					INSERT INTO article (slug, section_id, headline, status, published_at, created_at, modified_at)
					VALUES (:slug, :section, 'Due now', 'SCHEDULED', :at, :at, :at) RETURNING id
					""")
				.param("slug", "due-" + i)
				.param("section", section)
				.param("at", now - 1000)
				.query(Long.class)
				.single());
		}
		Thread.sleep(1500); // both schedulers run several times meanwhile
		assertThat(jdbc.sql("SELECT count(*) FROM article WHERE id IN (:ids) AND status = 'PUBLISHED'")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(ids.size());
		for (long id : ids) {
			assertThat(published.stream().filter((event) -> event.articleId() == id))
				.as("article %d announced once across both nodes", id)
				.hasSize(1);
		}
	}

	@Test
	void pagesPurgedOnOneNodeArePurgedOnTheOther() {
		one.publishEvent(ContentChanged.of("article-4242", "section-world"));
		withinASecond(() -> assertThat(heardByTwo).contains(ContentChanged.of("article-4242", "section-world")));
		two.publishEvent(ContentChanged.of("tag-harbours"));
		withinASecond(() -> assertThat(heardByOne).contains(ContentChanged.of("tag-harbours")));
		assertThat(heardByOne.stream().filter((e) -> e.keys().contains("article-4242"))).as("no echo").hasSize(1);
	}

}
