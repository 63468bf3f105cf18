package org.dateline.importer;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a long import shows: on a terminal one line redrawn in place with a bar, the
 * counts and the rate; in a log or a pipe, plain lines.
 */
class ProgressTests {

	@Test
	void onATerminalOneLineIsRedrawnWithABarCountsAndRate() {
		StringWriter out = new StringWriter();
		Progress progress = new Progress(new PrintWriter(out), true, "Importing");
		progress.total(200);
		for (int i = 0; i < 100; i++) {
			progress.step();
		}
		progress.finish();
		String shown = out.toString();
		assertThat(shown).startsWith("\r").endsWith(System.lineSeparator());
		String last = shown.substring(shown.lastIndexOf('\r') + 1).strip();
		assertThat(last).matches("Importing \\[={15} {15}\\] 100/200 \\d+/s");
		assertThat(shown.split("\n", -1)).as("redrawn in place: one line, ended once").hasSize(2);
	}

	@Test
	void elsewhereEachReportIsAPlainLine() {
		StringWriter out = new StringWriter();
		Progress progress = new Progress(new PrintWriter(out), false, "Exporting");
		progress.total(3);
		progress.step();
		progress.step();
		progress.step();
		progress.finish();
		assertThat(out.toString()).doesNotContain("\r")
			.containsPattern("Exporting: 3/3 \\(\\d+/s, \\d+\\.\\d s\\)" + System.lineSeparator() + "$");
	}

	@Test
	void silentProgressSaysNothing() {
		Progress.SILENT.total(5);
		Progress.SILENT.step();
		Progress.SILENT.finish();
	}

}
