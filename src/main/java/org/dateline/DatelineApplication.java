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
		giveVirtualThreadsRoomToBlock();
		int exitCode = DatelineCli.run(DatelineApplication.class, args);
		if (exitCode != DatelineCli.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

	/**
	 * SQLite's driver runs queries in native code, and a virtual thread in native code
	 * holds on to its carrier thread ("pinning"); when SQLite waits inside such a call,
	 * every other request waits too. With the default of one carrier per core, two such
	 * waits stalled the whole server for seconds under load (bench/comments.sh). More
	 * carriers than cores keep the rest running. An explicit
	 * {@code -Djdk.virtualThreadScheduler.parallelism} wins.
	 */
	static void giveVirtualThreadsRoomToBlock() {
		String parallelism = "jdk.virtualThreadScheduler.parallelism";
		if (System.getProperty(parallelism) == null) {
			int carriers = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
			System.setProperty(parallelism, Integer.toString(carriers));
			System.setProperty("jdk.virtualThreadScheduler.maxPoolSize", Integer.toString(Math.max(256, 4 * carriers)));
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
