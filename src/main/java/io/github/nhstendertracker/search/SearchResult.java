package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.tender.MoneyRange;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a tender search with what the analyst sees around it.
 *
 * @param hits the tenders on this page, with the words that matched the keywords marked
 * @param count how many tenders match, exact up to {@link TenderSearch#COUNT_LIMIT}
 * @param next the cursor for the next page, or null on the last page
 * @param previous the cursor for the previous page, or null on the first page
 * @param summary sums, facet counts and chart data, or null when the result is too large
 * to summarise quickly
 * @param summaryLater whether the summary was left out for being slow, and can be asked
 * for on its own
 */
public record SearchResult(List<Hit> hits, Count count, SearchCursor next, SearchCursor previous, Summary summary,
		boolean summaryLater) {

	/** This result with the summary of the whole of it, and so its exact size. */
	public SearchResult withSummary(Summary summary) {
		return new SearchResult(this.hits, Count.exactly(summary.tenders()), this.next, this.previous, summary, false);
	}

	/**
	 * A tender on the page, with its title and a snippet of its description as text parts
	 * that say which words matched the keywords. Plain text, never HTML: the page turns
	 * highlighted parts into {@code <mark>} and escapes the rest.
	 *
	 * @param tender the tender's row
	 * @param title the whole title, in parts
	 * @param snippet a few words from the description around the matches, in parts; empty
	 * without keywords or a description
	 */
	@Schema(name = "TenderSearchHit")
	public record Hit(TenderRow tender,
			@Schema(description = "The whole title, in parts that say which words matched") List<TextPart> title,
			@Schema(description = "Words from the description around the matches, in parts; "
					+ "empty without keywords") List<TextPart> snippet) {

		/**
		 * A hit with nothing highlighted and no snippet, as a search without keywords.
		 */
		public static Hit plain(TenderRow tender) {
			return new Hit(tender, List.of(new TextPart(tender.title(), false)), List.of());
		}

	}

	/**
	 * A run of text, and whether it matched the search's keywords.
	 *
	 * @param text the text as written, unescaped
	 * @param highlighted whether these words matched
	 */
	@Schema(description = "A run of plain text, and whether it matched the search's keywords")
	public record TextPart(@Schema(example = "community") String text,
			@Schema(description = "Whether these words matched", example = "true") boolean highlighted) {
	}

	/**
	 * How many tenders match: exact, at least the value (a count that stopped at the
	 * limit), the planner's estimate, or not known yet (a value of -1). Counting never
	 * makes the page slow.
	 */
	@Schema(description = "How many tenders match: exact, at least the value, an estimate, or not known (-1)")
	public record Count(@Schema(example = "4") long value, @Schema(
			description = "Whether the value is exact; when false and not estimated, at least this many") boolean exact,
			@Schema(description = "Whether the value is the database's estimate") boolean estimated) {

		public Count(long value, boolean exact) {
			this(value, exact, false);
		}

		public static Count exactly(long value) {
			return new Count(value, true, false);
		}

		public static Count atLeast(long value) {
			return new Count(value, false, false);
		}

		public static Count estimated(long value) {
			return new Count(value, false, true);
		}

		/** Not counted yet: counting took too long, and no estimate is worth showing. */
		public static Count unknown() {
			return new Count(-1, false, false);
		}

		public boolean known() {
			return this.value >= 0;
		}

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
	 * Totals and breakdowns of the whole result. {@code tenders} is the exact size of the
	 * result. {@code noValue} counts tenders left out of the sum (and, with a value
	 * filter, out of the result) because their value on the chosen basis is not known.
	 */
	public record Summary(long tenders, MoneyRange value, long valued, long noValue, boolean noValueExact,
			Map<String, Bucket> byRegion, Map<String, Bucket> byStatus, Map<String, Bucket> byServiceArea,
			List<Bucket> eventsByYear) {
	}

}
