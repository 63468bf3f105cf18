package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.Revision;

/** Two revisions of an article, line by line. */
public record ComparePage(Desk desk, long articleId, int currentVersion, Revision older, Revision newer,
		List<Line> lines) {

	public enum Change {

		SAME, REMOVED, ADDED

	}

	public record Line(Change change, String text) {

		public String marker() {
			return switch (this.change) {
				case SAME -> " ";
				case REMOVED -> "−";
				case ADDED -> "+";
			};
		}

	}

	public boolean identical() {
		return this.lines.stream().allMatch((line) -> line.change() == Change.SAME);
	}

}
