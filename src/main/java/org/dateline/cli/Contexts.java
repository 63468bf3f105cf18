package org.dateline.cli;

import java.nio.file.Path;

import org.dateline.data.DataDirectory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server, for commands that work on a site's data
 * and then stop.
 */
final class Contexts {

	private Contexts() {
	}

	static ConfigurableApplicationContext offline(Class<?> application, DataOption data) {
		Path directory = DataDirectory.prepare(data.absolute());
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--dateline.data-dir=" + directory, "--logging.level.root=warn", "--logging.level.org.dateline=info",
					"--spring.main.banner-mode=off",
					// no session clean-up in a command: a long import holds the database,
					// and
					// the clean-up would fail against its lock and log an error
					"--spring.session.jdbc.cleanup-cron=-",
					// SQLite: an import runs every item in a savepoint, whose undo
					// journal
					// would otherwise go to a temporary file, statement by statement
					"--spring.datasource.hikari.data-source-properties.temp_store=MEMORY",
					"--spring.datasource.hikari.data-source-properties.cache_size=-32768");
	}

}
