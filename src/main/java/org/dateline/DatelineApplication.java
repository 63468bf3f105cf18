package org.dateline;

import java.time.Clock;

import org.dateline.cli.DatelineCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Dateline application: one process serving the reader site, comments and the
 * newsroom. {@link #main} hands the command line to {@link DatelineCli}, which starts
 * Spring only for the subcommands that need it ({@code serve}, imports, backups).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DatelineApplication {

	public static void main(String[] args) {
		int exitCode = DatelineCli.run(DatelineApplication.class, args);
		if (exitCode != DatelineCli.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

	/**
	 * Feature code asks this clock for the time, so scheduling and "N days ago" rules are
	 * testable.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
