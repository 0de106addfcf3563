package io.github.nhstendertracker.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.search.SearchResult.Count;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the tenders a search matches without ever making its page slow: the planner's
 * estimate first, then a count that stops at {@link TenderSearch#COUNT_LIMIT}.
 */
@Component
class ResultCounter {

	/** Planner estimates above this are trusted to mean "more than the limit". */
	static final long ESTIMATE_TRUSTED_ABOVE = 5L * TenderSearch.COUNT_LIMIT;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private final JdbcClient jdbc;

	private final SearchBudget budget;

	ResultCounter(JdbcClient jdbc, SearchBudget budget) {
		this.jdbc = jdbc;
		this.budget = budget;
	}

	/**
	 * How many tenders match, without ever making the page slow. When the planner expects
	 * far more than the limit, "10,000+" without counting. Otherwise count up to the
	 * limit, within the time budget; if that runs out, the planner's estimate, marked as
	 * one, or no number at all. The summary, fetched later, then gives the exact number.
	 */
	Count count(SearchSql filters, long estimate) {
		if (estimate > ESTIMATE_TRUSTED_ABOVE) {
			return Count.atLeast(TenderSearch.COUNT_LIMIT);
		}
		Count counted = this.budget.withinBudget(() -> count(filters));
		if (counted != null) {
			return counted;
		}
		// A large estimate is worth showing, marked as one. A small one is not: counting
		// that took this long means the planner has misjudged the filters.
		return (estimate > TenderSearch.COUNT_LIMIT) ? Count.estimated(estimate) : Count.unknown();
	}

	/** Counts up to the limit, however long it takes. */
	Count count(SearchSql filters) {
		long value = run(SearchStatements.count(filters, TenderSearch.COUNT_LIMIT));
		return (value > TenderSearch.COUNT_LIMIT) ? Count.atLeast(TenderSearch.COUNT_LIMIT) : Count.exactly(value);
	}

	/** Counts every match, however many. */
	long countAll(SearchSql filters) {
		return run(SearchStatements.countAll(filters));
	}

	/** The planner's estimate of how many tenders match: a millisecond, not a scan. */
	long estimate(SearchSql filters) {
		SearchStatement explain = SearchStatements.estimate(filters);
		String plan = this.jdbc.sql(explain.sql()).params(explain.params()).query(String.class).single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? (long) Double.parseDouble(rows.group(1)) : Long.MAX_VALUE;
	}

	private long run(SearchStatement count) {
		return this.jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
	}

}
