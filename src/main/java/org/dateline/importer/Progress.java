package org.dateline.importer;

import java.io.PrintWriter;

/**
 * Progress of a long import or export: on a terminal one line redrawn in place (a bar,
 * counts and the rate), elsewhere (a log, a pipe) a plain line every few seconds. A
 * carriage-return line needs no library; me.tongfei:progressbar was not available from
 * the registries this build reaches.
 */
public final class Progress {

	/** Progress that says nothing, for tests and services called without a terminal. */
	public static final Progress SILENT = new Progress(null, false, "");

	private final PrintWriter out;

	private final boolean terminal;

	private final String task;

	private final long started = System.nanoTime();

	private long total;

	private long done;

	private long lastDrawn;

	public Progress(PrintWriter out, boolean terminal, String task) {
		this.out = out;
		this.terminal = terminal;
		this.task = task;
	}

	public synchronized void total(long total) {
		this.total = total;
	}

	public synchronized void step() {
		this.done++;
		long now = System.nanoTime();
		long every = this.terminal ? 100_000_000L : 5_000_000_000L;
		if (now - this.lastDrawn >= every) {
			this.lastDrawn = now;
			draw(false);
		}
	}

	public synchronized void finish() {
		draw(true);
	}

	private void draw(boolean last) {
		if (this.out == null) {
			return;
		}
		double seconds = Math.max((System.nanoTime() - this.started) / 1e9, 0.001);
		String rate = String.format("%.0f/s", this.done / seconds);
		String counts = this.total > 0 ? this.done + "/" + this.total : Long.toString(this.done);
		if (this.terminal) {
			int width = 30;
			int filled = this.total > 0 ? (int) Math.min(width, this.done * width / this.total) : 0;
			String bar = "=".repeat(filled) + " ".repeat(width - filled);
			this.out.print("\r" + this.task + " [" + bar + "] " + counts + " " + rate + "   ");
			if (last) {
				this.out.println();
			}
		}
		else {
			this.out.println(this.task + ": " + counts + " (" + rate + ", " + String.format("%.1f", seconds) + " s)");
		}
		this.out.flush();
	}

}
