package org.dateline.cli;

import java.io.PrintWriter;

/** Runs the command line from tests in other packages, with its output captured. */
public final class DatelineCliAccess {

	private DatelineCliAccess() {
	}

	public static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
		return DatelineCli.commandLine(application, out, err).execute(args);
	}

}
