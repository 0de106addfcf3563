package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.TenderViews.TenderRow;

/**
 * One page of a tender search with what the analyst sees around it.
 *
 * @param hits the tenders on this page, with highlighted keywords where the query had any
 * @param count how many tenders match, exact up to {@link TenderSearch#COUNT_LIMIT}
 * @param next the cursor for the next page, or null on the last page
 * @param previous the cursor for the previous page, or null on the first page
 * @param summary sums, facet counts and chart data, or null when the result is too large
 * to summarise quickly
 */
public record SearchResult(List<Hit> hits, Count count, SearchCursor next, SearchCursor previous, Summary summary) {

	/**
	 * A tender on the page. Highlights are safe HTML: escaped text with {@code <mark>}
	 * tags.
	 */
	public record Hit(TenderRow tender, String titleHtml, String snippetHtml) {
	}

	/** A count that stops at the limit, so counting never makes the page slow. */
	public record Count(long value, boolean exact) {

		public boolean none() {
			return this.exact && this.value == 0;
		}

	}

	/** A group in a facet or chart: its key, how many tenders, and their summed value. */
	public record Bucket(String key, long tenders, BigDecimal valueLow, BigDecimal valueHigh, boolean valueOpen) {

		public MoneyRange value() {
			return (this.tenders > 0 && this.valueLow != null)
					? new MoneyRange(this.valueLow, this.valueHigh, this.valueOpen, false) : null;
		}

	}

	/**
	 * Totals and breakdowns of the whole result. {@code noValue} counts tenders left out
	 * of the sum (and, with a value filter, out of the result) because their value on the
	 * chosen basis is not known.
	 */
	public record Summary(MoneyRange value, long valued, long noValue, boolean noValueExact,
			Map<String, Bucket> byRegion, Map<String, Bucket> byStatus, Map<String, Bucket> byServiceArea,
			List<Bucket> eventsByYear) {
	}

}
