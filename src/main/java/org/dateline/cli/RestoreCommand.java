package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.dateline.data.BackupManifest;
import org.dateline.data.SiteRestore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline restore DIR}: a backup made by {@link BackupCommand} into an empty
 * data directory (and an empty database on PostgreSQL), checked against its manifest
 * before and after.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Restore a backup into an empty data directory (and, with --database, an empty PostgreSQL "
				+ "database). The backup is checked against its manifest first and the restored site afterwards; "
				+ "any difference stops the restore.")
class RestoreCommand implements Callable<Integer> {

	@ParentCommand
	DatelineCli cli;

	@Mixin
	DataOption data;

	@Parameters(paramLabel = "DIR", description = "A directory written by ./dateline backup.")
	Path directory;

	@Override
	public Integer call() throws SQLException, IOException {
		PrintWriter err = this.cli.spec.commandLine().getErr();
		BackupManifest manifest = SiteRestore.restore(this.directory.toAbsolutePath().normalize(), this.data.absolute(),
				this.data.url(), err::println);
		this.cli.spec.commandLine()
			.getOut()
			.printf("Restored the snapshot of %s: %d tables (%d rows) and %d files, each checked against the "
					+ "manifest.%n", manifest.createdAt(), manifest.tables().size(), manifest.rows(),
					manifest.files().size());
		return 0;
	}

}
