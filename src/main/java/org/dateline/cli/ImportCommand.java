package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.importer.ImportReport;
import org.dateline.importer.Progress;
import org.dateline.importer.WireImport;
import org.dateline.importer.WordPressImport;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline import ...}: content from elsewhere into a site's data directory. See
 * {@link ExportCommand} for the way out.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Bring content in: a WordPress export, or agency copy (plain text or IPTC ninjs JSON).",
		subcommands = { ImportCommand.WordPress.class, ImportCommand.Wire.class, ImportCommand.Ninjs.class })
class ImportCommand {

	@ParentCommand
	DatelineCli cli;

	PrintWriter out() {
		return this.cli.spec.commandLine().getOut();
	}

	PrintWriter err() {
		return this.cli.spec.commandLine().getErr();
	}

	/**
	 * A bar on a terminal, plain lines in a log or a pipe; on stderr, so the report can
	 * be piped.
	 */
	Progress progress(String task) {
		java.io.Console console = System.console();
		return new Progress(err(), console != null && console.isTerminal(), task);
	}

	@Command(name = "wordpress", mixinStandardHelpOptions = true,
			description = "Import a WordPress export (WXR, from Tools > Export): posts, pages, authors, categories, "
					+ "tags, photos, comments and old addresses (as redirects). Running it again updates what changed.")
	static class WordPress implements Callable<Integer> {

		@ParentCommand
		ImportCommand command;

		@Mixin
		DataOption data;

		@Parameters(paramLabel = "FILE.xml", description = "The export file.")
		Path file;

		@Option(names = "--media", paramLabel = "DIR",
				description = "The site's uploads folder (wp-content/uploads): photos found there go into the media "
						+ "library; without it they stay links to the old site.")
		Path media;

		@Option(names = "--verbose", description = "List every item created or updated, not only skips and warnings.")
		boolean verbose;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Contexts.offline(this.command.cli.application, this.data)) {
				ImportReport report = context.getBean(WordPressImport.class)
					.run(this.file.toAbsolutePath(), this.media, this.command.progress("Importing"));
				report.print(this.command.out(), this.verbose);
				return 0;
			}
		}

	}

	@Command(name = "wire", mixinStandardHelpOptions = true,
			description = "Import agency copy: plain-text stories (headline first, an optional photo block, the "
					+ "dateline opening the first paragraph), or IPTC ninjs .json files. Each becomes a draft.")
	static class Wire implements Callable<Integer> {

		@ParentCommand
		ImportCommand command;

		@Mixin
		DataOption data;

		@Parameters(paramLabel = "FILE", arity = "1..*", description = "Story files (.txt, or .json for ninjs).")
		List<Path> files;

		@Option(names = "--publish", description = "Publish the stories at once instead of leaving drafts.")
		boolean publish;

		@Option(names = "--section", paramLabel = "SLUG", defaultValue = "wire",
				description = "Section of the stories (created when missing; default: ${DEFAULT-VALUE}).")
		String section;

		@Override
		public Integer call() {
			return run(this.command, this.data, this.files, this.publish, this.section, false);
		}

	}

	@Command(name = "ninjs", mixinStandardHelpOptions = true,
			description = "Import IPTC ninjs 1.x or 2.x JSON files. Each becomes a draft.")
	static class Ninjs implements Callable<Integer> {

		@ParentCommand
		ImportCommand command;

		@Mixin
		DataOption data;

		@Parameters(paramLabel = "FILE.json", arity = "1..*", description = "ninjs files.")
		List<Path> files;

		@Option(names = "--publish", description = "Publish the stories at once instead of leaving drafts.")
		boolean publish;

		@Option(names = "--section", paramLabel = "SLUG", defaultValue = "wire",
				description = "Section of the stories (created when missing; default: ${DEFAULT-VALUE}).")
		String section;

		@Override
		public Integer call() {
			return run(this.command, this.data, this.files, this.publish, this.section, true);
		}

	}

	static int run(ImportCommand command, DataOption data, List<Path> files, boolean publish, String section,
			boolean ninjs) {
		try (ConfigurableApplicationContext context = Contexts.offline(command.cli.application, data)) {
			ImportReport report = context.getBean(WireImport.class)
				.run(files.stream().map(Path::toAbsolutePath).toList(), ninjs, publish, section,
						command.progress("Importing"));
			report.print(command.out(), true);
			return report.count(ImportReport.Outcome.CREATED) + report.count(ImportReport.Outcome.UPDATED)
					+ report.count(ImportReport.Outcome.UNCHANGED) == 0 ? 1 : 0;
		}
	}

}
