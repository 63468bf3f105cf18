package org.dateline.importer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, item by item: created, updated, skipped (unchanged, or refused with
 * the reason), and warnings (imported, but something was left behind). Each line names
 * the source item, so an editor can find it in the old site.
 */
public final class ImportReport {

	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, SKIPPED, WARNING

	}

	public record Line(Outcome outcome, String item, String detail) {
	}

	private final List<Line> lines = new ArrayList<>();

	synchronized void add(Outcome outcome, String item, String detail) {
		this.lines.add(new Line(outcome, item, detail == null ? "" : detail));
	}

	public synchronized List<Line> lines() {
		return List.copyOf(this.lines);
	}

	public synchronized long count(Outcome outcome) {
		return this.lines.stream().filter((l) -> l.outcome() == outcome).count();
	}

	public synchronized List<Line> of(Outcome outcome) {
		return this.lines.stream().filter((l) -> l.outcome() == outcome).toList();
	}

	/**
	 * Totals first, then every skipped item and warning; unchanged items only counted.
	 */
	public synchronized void print(PrintWriter out, boolean everything) {
		out.printf("Created %d, updated %d, unchanged %d, skipped %d, warnings %d.%n", count(Outcome.CREATED),
				count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.SKIPPED), count(Outcome.WARNING));
		for (Line line : this.lines) {
			boolean always = line.outcome() == Outcome.SKIPPED || line.outcome() == Outcome.WARNING;
			if (always || (everything && line.outcome() != Outcome.UNCHANGED)) {
				out.printf("  %-9s %s%s%n", line.outcome().name().toLowerCase(), line.item(),
						line.detail().isEmpty() ? "" : ": " + line.detail());
			}
		}
		out.flush();
	}

}
