package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
		List<String> arguments = new ArrayList<>(List.of("--dateline.data-dir=" + directory,
				"--logging.level.root=warn", "--logging.level.org.dateline=info", "--spring.main.banner-mode=off",
				// no session clean-up in a command: a long import holds the database, and
				// the clean-up would fail against its lock and log an error
				"--spring.session.jdbc.cleanup-cron=-",
				// SQLite: an import runs every item in a savepoint, whose undo journal
				// would otherwise go to a temporary file, statement by statement (the
				// PostgreSQL driver ignores properties it does not know)
				"--spring.datasource.hikari.data-source-properties.temp_store=MEMORY",
				"--spring.datasource.hikari.data-source-properties.cache_size=-32768"));
		arguments.addAll(data.databaseArguments());
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
