package org.dateline.media;

import java.util.List;

/**
 * One page of the library's photos that match a search, newest first.
 *
 * @param page the page number, from 1
 * @param total how many photos match in all
 */
public record PhotoSearch(String query, List<LibraryPhoto> photos, int page, int pageSize, long total) {

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pageCount();
	}

}
