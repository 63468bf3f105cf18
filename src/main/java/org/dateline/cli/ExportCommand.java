package org.dateline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.dateline.importer.Progress;
import org.dateline.importer.SiteExport;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline export}: the site's stories, comments and photos as a WordPress
 * export and ninjs files. See {@link ImportCommand} for the way in.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the site (or a section or period) to a folder: wordpress.xml (WXR, for WordPress or "
				+ "another Dateline), ninjs/ (one IPTC ninjs 2.1 file per story) and media/ (the photos' originals). "
				+ "Drafts, every comment and commenters' addresses are included: keep it like a backup.")
class ExportCommand implements Callable<Integer> {

	@ParentCommand
	DatelineCli cli;

	@Mixin
	DataOption data;

	@Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (created).")
	Path out;

	@Option(names = "--section", paramLabel = "SLUG", description = "Only this section's stories.")
	String section;

	@Option(names = "--from", paramLabel = "DATE", description = "Only stories published on or after this day "
			+ "(YYYY-MM-DD, in the newsroom's time zone); drafts never published are left out.")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE", description = "Only stories published on or before this day.")
	LocalDate to;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = Contexts.offline(this.cli.application, this.data)) {
			java.io.Console console = System.console();
			Progress progress = new Progress(this.cli.spec.commandLine().getErr(),
					console != null && console.isTerminal(), "Exporting");
			SiteExport.Summary summary = context.getBean(SiteExport.class)
				.run(this.out.toAbsolutePath(), this.section, this.from, this.to, progress);
			this.cli.spec.commandLine()
				.getOut()
				.printf("Exported %d articles, %d photos and %d comments to %s%n", summary.articles(), summary.photos(),
						summary.comments(), summary.directory());
			return 0;
		}
	}

}
