package org.dateline.web;

/**
 * Where a paginated list stands: page numbers start at 1. {@code path} is the list's URL
 * without the page parameter.
 */
public record Pagination(String path, int page, int pageSize, long total) {

	public static final int MAX_PAGE = 10_000;

	public int offset() {
		return (this.page - 1) * this.pageSize;
	}

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pageCount();
	}

	public boolean isBeyondEnd() {
		return this.page > pageCount();
	}

	public String previousUrl() {
		return url(this.page - 1);
	}

	public String nextUrl() {
		return url(this.page + 1);
	}

	public String url(int number) {
		return number <= 1 ? this.path : this.path + "?page=" + number;
	}

	public boolean isPaged() {
		return pageCount() > 1;
	}

}
