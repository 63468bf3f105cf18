package org.dateline.demo;

import java.nio.file.Path;

import org.dateline.DatelineApplication;
import org.dateline.TemporaryDataDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo site is seeded on the first start of an empty data directory only, exactly as
 * {@code serve} starts the application; {@code --no-demo} leaves the site empty for good.
 */
class DemoSiteTests {

	private static long articles(Path directory, boolean demo) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatelineApplication.class)
			.web(WebApplicationType.NONE)
			.run("--dateline.data-dir=" + directory, "--dateline.demo.enabled=" + demo)) {
			return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM article").query(Long.class).single();
		}
	}

	@Test
	void theDemoIsSeededOnceOnTheFirstStart() {
		Path directory = TemporaryDataDirectory.create();
		assertThat(articles(directory, true)).isEqualTo(24);
		assertThat(articles(directory, true)).as("a restart seeds nothing twice").isEqualTo(24);
	}

	@Test
	void noDemoStartsAnEmptySiteThatStaysEmpty() {
		Path directory = TemporaryDataDirectory.create();
		assertThat(articles(directory, false)).isZero();
		assertThat(articles(directory, true)).as("only the very first start may seed").isZero();
	}

}
