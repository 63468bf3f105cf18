package org.dateline.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data DIR} option every subcommand shares. */
class DataOption {

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:DATELINE_DATA:-./data}",
			description = "Directory holding the database and media (default: ${DEFAULT-VALUE}).")
	Path directory;

	Path absolute() {
		return this.directory.toAbsolutePath().normalize();
	}

}
