package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.data.DataDirectory;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code ./dateline serve}: the reader site, comments and newsroom on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the site. On an empty data directory the first start creates a demo site.")
class ServeCommand implements Callable<Integer> {

	@ParentCommand
	DatelineCli cli;

	@Mixin
	DataOption data;

	@Option(names = "--port", paramLabel = "N", defaultValue = "${env:DATELINE_PORT:-8080}",
			description = "HTTP port (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--no-demo", description = "Start an empty site instead of seeding the demo content.")
	boolean noDemo;

	/**
	 * Settings as {@code --name=value}, handed to Spring (see {@link SpringSettings}).
	 */
	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		List<String> properties = SpringSettings.arguments(this.spec, this.settings);
		Path directory = DataDirectory.prepare(this.data.absolute());
		List<String> springArgs = new ArrayList<>();
		springArgs.add("--server.port=" + this.port);
		springArgs.add("--dateline.data-dir=" + directory);
		springArgs.add("--dateline.demo.enabled=" + !this.noDemo);
		springArgs.addAll(this.data.databaseArguments());
		// Virtual threads leave no platform thread to hold the JVM open once main
		// returns.
		springArgs.add("--spring.main.keep-alive=true");
		springArgs.addAll(properties);
		SpringApplication.run(this.cli.application, springArgs.toArray(String[]::new));
		return DatelineCli.KEEP_RUNNING;
	}

}
