package io.github.nhstendertracker.search;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs analyst searches against PostgreSQL: a keyset-paged page of tenders
 * ({@link SearchPager}), a count ({@link ResultCounter}), and the summed value, facet
 * counts and chart data of the whole result ({@link ResultSummaries}).
 * <ul>
 * <li>Filtered only on regions, status, service areas or event types: counted and
 * summarised exactly from the {@link SummaryCube}, at any size.</li>
 * <li>Otherwise counted up to {@value #COUNT_LIMIT} and, up to that size, summarised in
 * one grouped query over the matches.</li>
 * <li>Larger results are summarised on request ({@link #summary}), since that reads every
 * match; the summary is kept until the data changes.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class TenderSearch {

	/** Counts stop here ("10,000+"), and larger results are not summarised. */
	public static final int COUNT_LIMIT = 10_000;

	/** How many summaries of large results are kept. */
	static final int SUMMARIES_KEPT = 200;

	private final JdbcClient jdbc;

	private final SummaryCube cube;

	private final SearchPager pager;

	private final ResultCounter counter;

	private final ResultSummaries summaries;

	private final SearchBudget budget;

	/**
	 * Summaries of large results, by data version and filters, most recently used last.
	 */
	private final Map<String, Summary> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Summary> eldest) {
			return size() > SUMMARIES_KEPT;
		}

	});

	/** How long a summary of a large result may take before the analyst is told so. */
	private final Duration summaryTimeout;

	private final CommissionerLineage lineage;

	TenderSearch(JdbcClient jdbc, SummaryCube cube, SearchPager pager, ResultCounter counter, ResultSummaries summaries,
			SearchBudget budget, @Value("${tracker.search.summary-timeout:60s}") Duration summaryTimeout,
			CommissionerLineage lineage) {
		this.jdbc = jdbc;
		this.cube = cube;
		this.pager = pager;
		this.counter = counter;
		this.summaries = summaries;
		this.budget = budget;
		this.summaryTimeout = summaryTimeout;
		this.lineage = lineage;
	}

	public SearchResult search(TenderQuery query) {
		SearchSql sql = filters(query);
		Summary cubed = fromCube(query);
		if (cubed != null) {
			Page page = this.pager.page(query, sql, 0);
			Summary summary = cubed;
			return new SearchResult(page.hits, Count.exactly(summary.tenders()), page.next, page.previous, summary,
					false);
		}
		long estimate = this.counter.estimate(sql);
		Page page = this.pager.page(query, sql, estimate);
		Summary known = this.kept.get(summaryKey(query));
		if (known != null) {
			return new SearchResult(page.hits, Count.exactly(known.tenders()), page.next, page.previous, known, false);
		}
		Count count = this.counter.count(sql, estimate);
		Summary summary = null;
		if (count.exact()) {
			// Small results are summarised at once, unless even that proves slow.
			summary = this.budget.withinBudget(() -> this.summaries.fromTenders(query, sql, count));
			if (summary != null) {
				this.kept.put(summaryKey(query), summary);
			}
		}
		return new SearchResult(page.hits, count, page.next, page.previous, summary, summary == null);
	}

	/**
	 * The summary of every tender the query matches, however many: from the cube where it
	 * can answer, else by reading the matching tenders, which for hundreds of thousands
	 * takes seconds. Such summaries are kept until the data changes, so the next search
	 * page for the same filters shows it at once.
	 */
	public Summary summary(TenderQuery query) {
		Summary cubed = fromCube(query);
		if (cubed != null) {
			return cubed;
		}
		String key = summaryKey(query);
		Summary known = this.kept.get(key);
		if (known != null) {
			return known;
		}
		this.budget.limitStatements(this.summaryTimeout);
		Summary summary = this.summaries.fromTenders(query, filters(query), null);
		this.kept.put(key, summary);
		return summary;
	}

	/**
	 * The summary from the cube, when the query filters only on its dimensions and it is
	 * up to date; else null. Kept like other summaries, by the cube's data version, so
	 * that most list pages read it from memory.
	 */
	private Summary fromCube(TenderQuery query) {
		if (!SearchSql.onlyDimensions(query)) {
			return null;
		}
		Long version = this.cube.readyVersion();
		if (version == null) {
			return null;
		}
		String key = "cube " + version + " " + query.filterParams();
		Summary known = this.kept.get(key);
		if (known == null) {
			known = this.summaries.fromCube(query);
			this.kept.put(key, known);
		}
		return known;
	}

	/** The summary from the cube alone, whether or not it is up to date: for tests. */
	Summary summaryFromCube(TenderQuery query) {
		return this.summaries.fromCube(query);
	}

	/** The summary from reading every matching tender: for tests. */
	Summary summaryFromTenders(TenderQuery query) {
		return this.summaries.fromTenders(query, filters(query), null);
	}

	private String summaryKey(TenderQuery query) {
		String key = this.cube.dataVersion() + " " + query.filterParams();
		if (!query.commissioners().isEmpty() && query.lineage() == LineageScope.ALL) {
			// A change of successor moves no data version, so the lineage is in the key.
			key += " " + this.lineage.of(query.commissioners()).ids();
		}
		return key;
	}

	/** Just the page and its cursors: for tests. */
	Page page(TenderQuery query) {
		SearchSql sql = filters(query);
		return this.pager.page(query, sql, this.counter.estimate(sql));
	}

	/**
	 * The query's filters as SQL, with a bidder filter written for how many bids the
	 * bidders have: see {@link SearchSql#BUSY_BIDDER}.
	 */
	SearchSql filters(TenderQuery query) {
		if (query.bidders().isEmpty()) {
			return SearchSql.filters(query, false);
		}
		SearchStatement bids = SearchStatements.biddersBids(query.bidders());
		long count = this.jdbc.sql(bids.sql()).params(bids.params()).query(Long.class).single();
		return SearchSql.filters(query, count > SearchSql.BUSY_BIDDER);
	}

	/** A page of results with the cursors either side of it. */
	record Page(List<Hit> hits, SearchCursor next, SearchCursor previous) {
	}

}
