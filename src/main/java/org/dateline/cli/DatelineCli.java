package org.dateline.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ./dateline} command line. Each subcommand is a class of its own in this
 * package; {@link ServeCommand} runs the site.
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = DatelineVersion.class,
		description = "Dateline, a news publishing platform.%n",
		subcommands = { ServeCommand.class, UserCommand.class, ImportCommand.class, ExportCommand.class,
				MigrateCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class })
public final class DatelineCli implements Runnable {

	/**
	 * The exit code of a command that started a server and must leave the JVM running.
	 */
	public static final int KEEP_RUNNING = Integer.MIN_VALUE;

	@Spec
	CommandSpec spec;

	/**
	 * The Spring Boot application the server commands start (passed in, so this package
	 * does not depend on it).
	 */
	final Class<?> application;

	private DatelineCli(Class<?> application) {
		this.application = application;
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	public static int run(Class<?> application, String... args) {
		return commandLine(application, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
			.execute(args);
	}

	static CommandLine commandLine(Class<?> application, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new DatelineCli(application));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(out);
		commandLine.setErr(err);
		// A failed command prints one sentence, never a stack trace: the sentence says
		// what is wrong and where.
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("dateline: " + CommandFailure.describe(ex));
			return 1;
		});
		return commandLine;
	}

}
