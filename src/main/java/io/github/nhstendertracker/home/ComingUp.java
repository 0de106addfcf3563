package io.github.nhstendertracker.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.search.SearchLinks;
import io.github.nhstendertracker.search.SearchResult;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.TenderQuery;
import io.github.nhstendertracker.search.TenderSearch;

import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What is about to happen, for the home page: tenders closing soon, contracts ending
 * soon, recent awards, and recent pauses and collapses. Each panel is a tender-list
 * search, run by the same search as the list and linking to it, so its count is the
 * list's count.
 */
@Service
class ComingUp {

	/** How far ahead "closing soon" looks. */
	static final int CLOSING_DAYS = 30;

	/** How far ahead "ending soon" looks. */
	static final int ENDING_MONTHS = 6;

	private static final int SHOWN = 5;

	private final TenderSearch search;

	private final Clock clock;

	ComingUp(TenderSearch search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	/** The four panels, in the order the page shows them. */
	List<Panel> panels() {
		LocalDate today = LocalDate.now(this.clock);
		return List.of(
				panel("closing-soon", "Closing soon", "Open tenders whose bids close in the next 30 days",
						"No open tender closes in the next 30 days.",
						params("status", "open", "deadlineFrom", today.toString(), "deadlineTo",
								today.plusDays(CLOSING_DAYS).toString(), "sort", "deadline")),
				panel("ending-soon", "Contracts ending soon",
						"Awarded contracts ending in the next 6 months, so likely to be tendered again",
						"No awarded contract is known to end in the next 6 months.",
						params("status", "awarded", "endFrom", today.toString(), "endTo",
								today.plusMonths(ENDING_MONTHS).toString(), "sort", "end")),
				panel("recently-awarded", "Recently awarded", "Awarded tenders, latest event first",
						"No tender has been awarded yet.", params("status", "awarded")),
				panel("paused-or-collapsed", "Recently paused or collapsed",
						"Tenders now paused or collapsed, latest event first", "No tender is paused or collapsed.",
						params("status", "paused", "status", "collapsed")));
	}

	private Panel panel(String id, String title, String description, String empty,
			MultiValueMap<String, String> params) {
		TenderQuery query = TenderQuery.parse(params).query();
		SearchResult result = this.search.search(query);
		List<TenderRow> rows = result.hits().stream().limit(SHOWN).map(SearchResult.Hit::tender).toList();
		return new Panel(id, title, description, empty, rows, result.count(), SearchLinks.of(query).to("/tenders"));
	}

	private static MultiValueMap<String, String> params(String... namesAndValues) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	/**
	 * One panel: up to five tenders, how many there are in all, and the list they come
	 * from.
	 */
	record Panel(String id, String title, String description, String empty, List<TenderRow> rows, Count count,
			String url) {

	}

}
