package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.dateline.data.BackupManifest;
import org.dateline.data.SiteBackup;
import org.dateline.media.MediaFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline backup DIR}: a consistent copy of a running site's database and
 * media, with a manifest that proves it. See {@link RestoreCommand} for the way back.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Back up the site (database and media) into a new directory while it serves: a consistent "
				+ "snapshot of the database, the media files, and manifest.json with every table's row count and "
				+ "checksum and every file's SHA-256.")
class BackupCommand implements Callable<Integer> {

	@ParentCommand
	DatelineCli cli;

	@Mixin
	DataOption data;

	@Parameters(paramLabel = "DIR", description = "The backup directory: new or empty.")
	Path directory;

	@Override
	public Integer call() throws SQLException, IOException {
		PrintWriter err = this.cli.spec.commandLine().getErr();
		Path target = this.directory.toAbsolutePath().normalize();
		BackupManifest manifest = SiteBackup.take(this.data.absolute(), this.data.url(), target, MediaFiles::isRemade,
				err::println, Clock.systemUTC());
		this.cli.spec.commandLine()
			.getOut()
			.printf("Backed up %d tables (%d rows) and %d files to %s, snapshot of %s.%n", manifest.tables().size(),
					manifest.rows(), manifest.files().size(), target, manifest.createdAt());
		return 0;
	}

}
