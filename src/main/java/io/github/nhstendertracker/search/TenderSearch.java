package io.github.nhstendertracker.search;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.browse.TenderRows;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Runs analyst searches against PostgreSQL: a keyset-paged page of tenders, a count, and
 * the summed value, facet counts and chart data of the whole result.
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

	/** Planner estimates above this are trusted to mean "more than the limit". */
	static final long ESTIMATE_TRUSTED_ABOVE = 5L * COUNT_LIMIT;

	/** Relevance ranks every match when the planner expects no more than this many. */
	static final int RELEVANCE_CANDIDATES = 10_000;

	/** Otherwise relevance ranks this many of the most recent matches. */
	static final int RELEVANCE_RECENT = 2_000;

	/** How many summaries of large results are kept. */
	static final int SUMMARIES_KEPT = 200;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private static final String LEAF = "not exists (select 1 from tender lot where lot.parent_id = t.id and lot.archived_at is null)";

	private static final char MARK_START = '\u0001';

	private static final char MARK_END = '\u0002';

	private final JdbcClient jdbc;

	private final TenderRows rows;

	private final SummaryCube cube;

	/**
	 * Summaries of large results, by data version and filters, most recently used last.
	 */
	private final Map<String, Summary> summaries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Summary> eldest) {
			return size() > SUMMARIES_KEPT;
		}

	});

	/** How long a summary of a large result may take before the analyst is told so. */
	private final Duration summaryTimeout;

	/**
	 * How long a search page may spend on each extra it can do without: an exact count,
	 * and the summary of a small result.
	 */
	private final Duration budget;

	TenderSearch(JdbcClient jdbc, TenderRows rows, SummaryCube cube,
			@Value("${tracker.search.summary-timeout:60s}") Duration summaryTimeout,
			@Value("${tracker.search.page-budget:40ms}") Duration budget) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.cube = cube;
		this.summaryTimeout = summaryTimeout;
		this.budget = budget;
	}

	public SearchResult search(TenderQuery query) {
		SearchSql sql = filters(query);
		if (SearchSql.onlyDimensions(query) && this.cube.ready()) {
			Page page = page(query, sql, 0);
			Summary summary = summarise(this.cube.summarySql(query), null);
			return new SearchResult(page.hits, Count.exactly(summary.tenders()), page.next, page.previous, summary,
					false);
		}
		long estimate = estimate(sql);
		Page page = page(query, sql, estimate);
		Summary known = this.summaries.get(summaryKey(query));
		if (known != null) {
			return new SearchResult(page.hits, Count.exactly(known.tenders()), page.next, page.previous, known, false);
		}
		Count count = count(sql, estimate);
		Summary summary = null;
		if (count.exact()) {
			// Small results are summarised at once, unless even that proves slow.
			summary = withinBudget(() -> liveSummary(query, count));
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
		if (SearchSql.onlyDimensions(query) && this.cube.ready()) {
			return summarise(this.cube.summarySql(query), null);
		}
		String key = summaryKey(query);
		Summary known = this.summaries.get(key);
		if (known != null) {
			return known;
		}
		this.jdbc.sql("select set_config('statement_timeout', :timeout, true)")
			.param("timeout", String.valueOf(this.summaryTimeout.toMillis()))
			.query(String.class)
			.single();
		Summary summary = liveSummary(query, null);
		this.summaries.put(key, summary);
		return summary;
	}

	/** The summary from the cube alone, whether or not it is up to date: for tests. */
	Summary summaryFromCube(TenderQuery query) {
		return summarise(this.cube.summarySql(query), null);
	}

	/** The summary from reading every matching tender: for tests. */
	Summary summaryFromTenders(TenderQuery query) {
		return liveSummary(query, null);
	}

	private String summaryKey(TenderQuery query) {
		return this.cube.dataVersion() + " " + query.filterParams();
	}

	/** Just the page and its cursors: for tests. */
	Page page(TenderQuery query) {
		SearchSql sql = filters(query);
		return page(query, sql, estimate(sql));
	}

	/**
	 * The query's filters as SQL, with a bidder filter written for how many bids the
	 * bidders have: see {@link SearchSql#BUSY_BIDDER}.
	 */
	SearchSql filters(TenderQuery query) {
		if (query.bidders().isEmpty()) {
			return SearchSql.filters(query, false);
		}
		long bids = this.jdbc
			.sql("select count(*) from (select 1 from bid where bidder_id = any(:ids) limit "
					+ (SearchSql.BUSY_BIDDER + 1) + ") linked")
			.param("ids", query.bidders().toArray(Long[]::new))
			.query(Long.class)
			.single();
		return SearchSql.filters(query, bids > SearchSql.BUSY_BIDDER);
	}

	private Page page(TenderQuery query, SearchSql sql, long estimate) {
		Map<String, Object> params = new HashMap<>(sql.params);
		String key = SearchSql.sortKey(query);
		if (query.sort() == SearchSort.RELEVANCE) {
			params.put("q", query.q());
		}
		boolean backwards = query.before() != null;
		boolean descending = query.descending() != backwards;
		String direction = descending ? "desc" : "asc";
		StringBuilder where = new StringBuilder(sql.where);
		SearchCursor cursor = backwards ? query.before() : query.after();
		if (cursor != null) {
			where.append("\n and (").append(key).append(", t.id) ").append(descending ? "<" : ">");
			where.append(" (cast(:cursorKey as ").append(SearchSql.sortKeyType(query.sort())).append("), :cursorId)");
			params.put("cursorKey", cursor.key());
			params.put("cursorId", cursor.id());
		}
		boolean recentOnly = query.sort() == SearchSort.RELEVANCE && estimate > RELEVANCE_CANDIDATES;
		if (recentOnly) {
			// Walk the date index for the most recent matches. The planner, misled by a
			// phrase's estimate, would otherwise read every match and sort them.
			this.jdbc.sql("select set_config('enable_bitmapscan', 'off', true)").query(String.class).single();
		}
		List<Keyed> found = new ArrayList<>(this.jdbc
			.sql("select " + TenderRows.ROW_COLUMNS + ", (" + key + ")::text as sort_key from "
					+ source(query, sql, recentOnly) + " where " + where + " order by " + key + " " + direction
					+ ", t.id " + direction + " limit :limit")
			.params(params)
			.param("limit", query.size() + 1)
			.query((rs, rowNum) -> new Keyed(this.rows.mapRow(rs, rowNum), rs.getString("sort_key")))
			.list());
		if (recentOnly) {
			this.jdbc.sql("select set_config('enable_bitmapscan', 'on', true)").query(String.class).single();
		}
		boolean more = found.size() > query.size();
		if (more) {
			found.remove(found.size() - 1);
		}
		if (backwards) {
			Collections.reverse(found);
		}
		SearchCursor next = null;
		SearchCursor previous = null;
		if (!found.isEmpty()) {
			Keyed first = found.get(0);
			Keyed last = found.get(found.size() - 1);
			if (backwards || more) {
				next = new SearchCursor(query.sort(), last.key, last.row.id());
			}
			if (backwards ? more : query.after() != null) {
				previous = new SearchCursor(query.sort(), first.key, first.row.id());
			}
		}
		List<TenderRow> tenders = this.rows.withCommissioners(found.stream().map(Keyed::row).toList());
		return new Page(highlight(query, tenders), next, previous);
	}

	/**
	 * Where a page's rows come from. Ranking by relevance reads every match. That is
	 * quick for up to about {@value #RELEVANCE_CANDIDATES} matches, but a common word
	 * matches half the table, so when the planner expects more than that, relevance ranks
	 * the {@value #RELEVANCE_RECENT} most recent matches: a fixed set, so paging through
	 * it stays consistent.
	 */
	private static String source(TenderQuery query, SearchSql sql, boolean recentOnly) {
		if (!recentOnly) {
			return "tender t";
		}
		return "(select * from tender t where " + sql.where
				+ " order by coalesce(t.latest_event_date, date '0001-01-01') desc, t.id desc limit " + RELEVANCE_RECENT
				+ ") t";
	}

	/**
	 * How many tenders match, without ever making the page slow. When the planner expects
	 * far more than the limit, "10,000+" without counting. Otherwise count up to the
	 * limit, within the time budget; if that runs out, the planner's estimate, marked as
	 * one, or no number at all. The summary, fetched later, then gives the exact number.
	 */
	private Count count(SearchSql sql, long estimate) {
		if (estimate > ESTIMATE_TRUSTED_ABOVE) {
			return Count.atLeast(COUNT_LIMIT);
		}
		Count counted = withinBudget(() -> count(sql));
		if (counted != null) {
			return counted;
		}
		// A large estimate is worth showing, marked as one. A small one is not: counting
		// that took this long means the planner has misjudged the filters.
		return (estimate > COUNT_LIMIT) ? Count.estimated(estimate) : Count.unknown();
	}

	/** Counts up to the limit, however long it takes. */
	private Count count(SearchSql sql) {
		long value = this.jdbc
			.sql("select count(*) from (select 1 from tender t where " + sql.where + " limit " + (COUNT_LIMIT + 1)
					+ ") capped")
			.params(sql.params)
			.query(Long.class)
			.single();
		return (value > COUNT_LIMIT) ? Count.atLeast(COUNT_LIMIT) : Count.exactly(value);
	}

	/**
	 * Runs work that a page can do without, in a savepoint with a statement timeout of
	 * the time budget. Returns null if the budget ran out, with the transaction as it
	 * was.
	 */
	private <T> T withinBudget(Supplier<T> work) {
		String before = this.jdbc.sql("select current_setting('statement_timeout')").query(String.class).single();
		this.jdbc.sql("savepoint within_budget").update();
		this.jdbc.sql("select set_config('statement_timeout', :budget, true)")
			.param("budget", String.valueOf(this.budget.toMillis()))
			.query(String.class)
			.single();
		try {
			T result = work.get();
			this.jdbc.sql("release savepoint within_budget").update();
			// Back to whatever limit was in force before, not to none.
			this.jdbc.sql("select set_config('statement_timeout', :before, true)")
				.param("before", before)
				.query(String.class)
				.single();
			return result;
		}
		catch (DataAccessException ex) {
			if (!timedOut(ex)) {
				throw ex;
			}
			// Undoes the timeout setting too, and clears the failed statement.
			this.jdbc.sql("rollback to savepoint within_budget").update();
			return null;
		}
	}

	/** Whether a statement was cancelled for running out of time (SQLSTATE 57014). */
	static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException && "57014".equals(sqlException.getSQLState())) {
				return true;
			}
		}
		return ex instanceof QueryTimeoutException;
	}

	/** The planner's estimate of how many tenders match: a millisecond, not a scan. */
	private long estimate(SearchSql sql) {
		String plan = this.jdbc.sql("explain (format json) select 1 from tender t where " + sql.where)
			.params(sql.params)
			.query(String.class)
			.single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? (long) Double.parseDouble(rows.group(1)) : Long.MAX_VALUE;
	}

	private List<Hit> highlight(TenderQuery query, List<TenderRow> tenders) {
		if (!query.hasKeywords() || tenders.isEmpty()) {
			return tenders.stream()
				.map((tender) -> new Hit(tender, HtmlUtils.htmlEscape(tender.title()), null))
				.toList();
		}
		Map<Long, String[]> marked = new HashMap<>();
		String options = "StartSel=" + MARK_START + ", StopSel=" + MARK_END;
		this.jdbc.sql("""
				select t.id,
				       ts_headline('english', t.title, websearch_to_tsquery('english', :q), :all) as title,
				       ts_headline('english', t.description, websearch_to_tsquery('english', :q), :snippet) as snippet
				from tender t where t.id = any(:ids)""")
			.param("q", query.q())
			.param("all", options + ", HighlightAll=true")
			.param("snippet", options + ", MaxWords=30, MinWords=12, ShortWord=2")
			.param("ids", tenders.stream().map(TenderRow::id).toArray(Long[]::new))
			.query((rs) -> {
				marked.put(rs.getLong("id"), new String[] { rs.getString("title"), rs.getString("snippet") });
			});
		return tenders.stream().map((tender) -> {
			String[] html = marked.get(tender.id());
			return (html != null) ? new Hit(tender, safe(html[0]), safe(html[1]))
					: new Hit(tender, HtmlUtils.htmlEscape(tender.title()), null);
		}).toList();
	}

	/**
	 * Escapes the text, then turns the markers PostgreSQL put round matches into mark
	 * tags.
	 */
	static String safe(String marked) {
		if (marked == null) {
			return null;
		}
		return HtmlUtils.htmlEscape(marked)
			.replace(String.valueOf(MARK_START), "<mark>")
			.replace(String.valueOf(MARK_END), "</mark>");
	}

	/**
	 * Sums, facets and events per year by reading the matching tenders. With a count (an
	 * exact one, up to the limit) the tenders left out for having no value are counted up
	 * to the limit; without one they are counted in full.
	 */
	private Summary liveSummary(TenderQuery query, Count count) {
		SearchSql sql = filters(query);
		String low = SearchSql.lowColumn(query.valueBasis());
		String high = SearchSql.highColumn(query.valueBasis());
		// A programme split into lots is counted through its lots, so its own value is
		// left out of sums.
		String select = "with r as materialized (select t.id, t.nhs_region, t.status, t.area_mask, case when leaf then "
				+ low + " end as low, case when leaf then " + high + " end as high, case when leaf then "
				+ SearchSql.upperFigure(query.valueBasis()) + " end as upper, " + low
				+ " is not null as has_value from (select t.*, " + LEAF + " as leaf from tender t where " + sql.where
				+ ") t" + """
						)
						select 'region' as facet, coalesce(nhs_region, '') as key, count(*) as n, sum(low) as low,
						       sum(upper) as high, bool_or(low is not null and high is null) as open,
						       count(low) as valued
						from r group by nhs_region
						union all
						select 'status', status, count(*), null, null, false, 0 from r group by status
						union all
						select 'area', a, count(*), null, null, false, 0
						from r cross join lateral search_area_names(r.area_mask) a group by a
						union all
						select 'year', extract(year from e.event_date)::int::text, count(*), null, null, false, 0
						from r join tender_event e on e.tender_id = r.id and not e.expected group by 2
						union all
						select 'total', '', count(*), sum(low), sum(upper),
						       coalesce(bool_or(low is not null and high is null), false),
						       count(*) filter (where has_value)
						from r""";
		Count noValue = null;
		if (query.hasValueFilter()) {
			SearchSql others = SearchSql.filtersWithoutValue(query);
			SearchSql missing = SearchSql.of(others.where + "\n and " + low + " is null", others.params);
			noValue = (count != null) ? count(missing) : new Count(countAll(missing), true);
		}
		return summarise(SearchSql.of(select, sql.params), noValue);
	}

	private long countAll(SearchSql sql) {
		return this.jdbc.sql("select count(*) from tender t where " + sql.where)
			.params(sql.params)
			.query(Long.class)
			.single();
	}

	/**
	 * Reads a summary query's rows (facet, key, n, low, high, open, valued) into a
	 * summary. {@code noValue} counts the tenders a value filter left out for having no
	 * value; without a value filter it is null, and they are the tenders not valued.
	 */
	private Summary summarise(SearchSql sql, Count noValue) {
		Map<String, Map<String, Bucket>> groups = new LinkedHashMap<>();
		List<Bucket> years = new ArrayList<>();
		Bucket[] total = new Bucket[1];
		long[] tenders = new long[1];
		this.jdbc.sql(sql.where).params(sql.params).query((rs) -> {
			String facet = rs.getString("facet");
			Bucket bucket = new Bucket(rs.getString("key"), rs.getLong("n"), rs.getBigDecimal("low"),
					rs.getBigDecimal("high"), rs.getBoolean("open"));
			switch (facet) {
				case "year" -> years.add(bucket);
				case "total" -> {
					tenders[0] = bucket.tenders();
					total[0] = new Bucket("", rs.getLong("valued"), bucket.valueLow(), bucket.valueHigh(),
							bucket.valueOpen());
				}
				default -> groups.computeIfAbsent(facet, (name) -> new LinkedHashMap<>()).put(bucket.key(), bucket);
			}
		});
		years.sort((a, b) -> a.key().compareTo(b.key()));
		Bucket all = total[0];
		long valued = (all != null) ? all.tenders() : 0;
		MoneyRange value = (valued > 0 && all.valueLow() != null)
				? new MoneyRange(all.valueLow(), all.valueHigh(), all.valueOpen(), false) : null;
		Count missing = (noValue != null) ? noValue : new Count(tenders[0] - valued, true);
		return new Summary(tenders[0], value, valued, missing.value(), missing.exact(),
				groups.getOrDefault("region", Map.of()), groups.getOrDefault("status", Map.of()),
				groups.getOrDefault("area", Map.of()), years);
	}

	/** A page of results with the cursors either side of it. */
	record Page(List<Hit> hits, SearchCursor next, SearchCursor previous) {
	}

	private record Keyed(TenderRow row, String key) {
	}

}
