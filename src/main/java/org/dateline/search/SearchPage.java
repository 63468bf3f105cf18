package org.dateline.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.dateline.article.ArticleSummary;
import org.dateline.article.Author;
import org.dateline.article.Section;
import org.dateline.web.Dates;
import org.dateline.web.PageMeta;

/**
 * The model of the search page: the form as typed, notes about what was left out of it,
 * the results, and for a search that finds nothing, the latest stories.
 *
 * @param author the author filtered on, or {@code null}
 */
public record SearchPage(PageMeta meta, SearchForm form, SearchQuery query, SearchResults results, List<String> notes,
		List<Section> sections, Author author, List<ArticleSummary> latest, ZoneId zone) {

	public boolean searched() {
		return !this.query.isEmpty();
	}

	public List<SearchResults.Hit> hits() {
		return this.results.hits();
	}

	public long total() {
		return this.results.total();
	}

	public String countText() {
		long total = this.results.total();
		if (this.results.countCapped()) {
			return String.format("More than %,d stories", SearchService.MAX_RESULTS);
		}
		return (total == 1) ? "1 story" : String.format("%,d stories", total);
	}

	public int pageNumber() {
		return this.results.page();
	}

	public int pageCount() {
		return this.results.pageCount();
	}

	/** The number of the first result on this page, for the list's numbering. */
	public int firstNumber() {
		return (this.results.page() - 1) * this.results.pageSize() + 1;
	}

	public boolean hasPrevious() {
		return this.results.page() > 1;
	}

	public boolean hasNext() {
		return this.results.page() < pageCount();
	}

	/** A page past the last one: the results ran out before it. */
	public boolean pastTheEnd() {
		return this.results.total() > 0 && this.results.hits().isEmpty();
	}

	/**
	 * A date field shows a date picker; when what the reader typed is not a date, it
	 * shows the text as typed instead, so they can correct it.
	 */
	public String dateInputType(String value) {
		if (value.isEmpty()) {
			return "date";
		}
		try {
			LocalDate.parse(value);
			return "date";
		}
		catch (DateTimeException ex) {
			return "text";
		}
	}

	public String iso(Instant instant) {
		return Dates.iso(instant, this.zone);
	}

	public String day(Instant instant) {
		return Dates.day(instant, this.zone);
	}

}
