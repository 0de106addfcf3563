package io.github.nhstendertracker.search;

import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.MoneyRange;

import static io.github.nhstendertracker.ViewFixtures.bedfordshireMskRow;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;
import static io.github.nhstendertracker.ViewFixtures.oxfordshireRow;
import static io.github.nhstendertracker.ViewFixtures.pounds;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerRow;

/**
 * Search results for controller slice tests, built from the seeded tenders in
 * {@link io.github.nhstendertracker.ViewFixtures}.
 */
final class SearchFixtures {

	/** A cursor as TenderSearch hands them out: after Staffordshire cancer (id 6). */
	static final SearchCursor NEXT = new SearchCursor(SearchSort.LATEST, "2016-02-01", 6);

	/** A cursor before Dudley (id 8). */
	static final SearchCursor PREVIOUS = new SearchCursor(SearchSort.LATEST, "2017-06-09", 8);

	private SearchFixtures() {
	}

	/**
	 * A hit without keywords: the title in one plain part, no snippet, as TenderSearch
	 * makes it.
	 */
	static Hit hit(TenderRow row) {
		return Hit.plain(row);
	}

	/** Dudley, Staffordshire cancer, Bedfordshire MSK and Oxfordshire. */
	static List<Hit> fourHits() {
		return List.of(hit(dudleyRow()), hit(staffordshireCancerRow()), hit(bedfordshireMskRow()),
				hit(oxfordshireRow()));
	}

	/** The four hits, counted exactly, on one page, summarised. */
	static SearchResult fourTenders() {
		return new SearchResult(fourHits(), new Count(4, true), null, null, summaryOfFour(), false);
	}

	/** A first page of a result too large to count or summarise. */
	static SearchResult overTheLimit() {
		return new SearchResult(fourHits(), new Count(TenderSearch.COUNT_LIMIT, false), NEXT, null, null, true);
	}

	/** A middle page: cursors both ways. */
	static SearchResult middlePage() {
		return new SearchResult(fourHits(), new Count(120, true), NEXT, PREVIOUS, summaryOfFour(), false);
	}

	static SearchResult empty() {
		return new SearchResult(List.of(), new Count(0, true), null, null,
				new Summary(0, null, 0, 0, true, Map.of(), Map.of(), Map.of(), List.of()), false);
	}

	/**
	 * Dudley £3.4bn–£5.4bn, Staffordshire cancer £687m and Bedfordshire MSK £120m summed;
	 * Oxfordshire has no value.
	 */
	static Summary summaryOfFour() {
		Bucket midlands = new Bucket("MIDLANDS", 2, pounds(4_087_000_000L), pounds(6_087_000_000L), false);
		Bucket east = new Bucket("EAST_OF_ENGLAND", 1, pounds(120_000_000L), pounds(120_000_000L), false);
		Bucket unknown = new Bucket("", 1, null, null, false);
		return new Summary(4, new MoneyRange(pounds(4_207_000_000L), pounds(6_207_000_000L), false, false), 3, 1, true,
				Map.of("MIDLANDS", midlands, "EAST_OF_ENGLAND", east, "", unknown),
				Map.of("OPEN", new Bucket("OPEN", 1, null, null, false), "PAUSED",
						new Bucket("PAUSED", 1, null, null, false), "PREFERRED_BIDDER",
						new Bucket("PREFERRED_BIDDER", 1, null, null, false), "PLANNED",
						new Bucket("PLANNED", 1, null, null, false)),
				Map.of(), List.of(new Bucket("2013", 1, null, null, false), new Bucket("2016", 1, null, null, false),
						new Bucket("2017", 1, null, null, false)));
	}

}
