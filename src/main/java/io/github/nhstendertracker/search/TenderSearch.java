package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.TenderRows;
import io.github.nhstendertracker.tender.TenderViews.TenderRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Runs analyst searches against PostgreSQL: a keyset-paged page of tenders, a count that
 * stops at {@value #COUNT_LIMIT}, and, for results no larger than that, the summed value,
 * facet counts and chart data in one grouped query.
 */
@Service
@Transactional(readOnly = true)
public class TenderSearch {

	/** Counts stop here ("10,000+"), and larger results are not summarised. */
	public static final int COUNT_LIMIT = 10_000;

	/** Planner estimates above this are trusted to mean "more than the limit". */
	static final long ESTIMATE_TRUSTED_ABOVE = 5L * COUNT_LIMIT;

	/** Relevance ranks at most this many of the most recent matches. */
	static final int RELEVANCE_CANDIDATES = 10_000;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private static final String LEAF = "not exists (select 1 from tender lot where lot.parent_id = t.id)";

	private static final char MARK_START = '\u0001';

	private static final char MARK_END = '\u0002';

	private final JdbcClient jdbc;

	private final TenderRows rows;

	TenderSearch(JdbcClient jdbc, TenderRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	public SearchResult search(TenderQuery query) {
		Page page = page(query);
		Count count = count(SearchSql.filters(query));
		Summary summary = (count.exact()) ? summarise(query, count) : null;
		return new SearchResult(page.hits, count, page.next, page.previous, summary);
	}

	/** Just the page and its cursors, for the JSON API's cheaper calls and for tests. */
	Page page(TenderQuery query) {
		SearchSql sql = SearchSql.filters(query);
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
		List<Keyed> found = new ArrayList<>(this.jdbc
			.sql("select " + TenderRows.ROW_COLUMNS + ", (" + key + ")::text as sort_key from " + source(query, sql)
					+ " where " + where + " order by " + key + " " + direction + ", t.id " + direction
					+ " limit :limit")
			.params(params)
			.param("limit", query.size() + 1)
			.query((rs, rowNum) -> new Keyed(this.rows.mapRow(rs, rowNum), rs.getString("sort_key")))
			.list());
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
	 * Where a page's rows come from. Ranking by relevance needs every match, which for a
	 * common word is half the table, so relevance ranks the
	 * {@value #RELEVANCE_CANDIDATES} most recent matches: a fixed set, so paging through
	 * it stays consistent.
	 */
	private static String source(TenderQuery query, SearchSql sql) {
		if (query.sort() != SearchSort.RELEVANCE) {
			return "tender t";
		}
		return "(select * from tender t where " + sql.where
				+ " order by coalesce(t.latest_event_date, date '0001-01-01') desc, t.id desc limit "
				+ RELEVANCE_CANDIDATES + ") t";
	}

	private Count count(SearchSql sql) {
		// Counting to the limit can mean reading most of the table when a filter matches
		// one
		// tender in a hundred. When the planner expects far more matches than the limit,
		// say
		// "10,000+" without counting.
		if (estimate(sql) > ESTIMATE_TRUSTED_ABOVE) {
			return new Count(COUNT_LIMIT, false);
		}
		long value = this.jdbc
			.sql("select count(*) from (select 1 from tender t where " + sql.where + " limit " + (COUNT_LIMIT + 1)
					+ ") capped")
			.params(sql.params)
			.query(Long.class)
			.single();
		return (value > COUNT_LIMIT) ? new Count(COUNT_LIMIT, false) : new Count(value, true);
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

	private Summary summarise(TenderQuery query, Count count) {
		SearchSql sql = SearchSql.filters(query);
		String low = SearchSql.lowColumn(query.valueBasis());
		String high = SearchSql.highColumn(query.valueBasis());
		Map<String, Map<String, Bucket>> groups = new LinkedHashMap<>();
		List<Bucket> years = new ArrayList<>();
		Bucket[] total = new Bucket[1];
		this.jdbc
			// A programme split into lots is counted through its lots, so its own value
			// is left out of sums.
			.sql("with r as materialized (select t.id, t.nhs_region, t.status, case when " + LEAF + " then " + low
					+ " end as low, case when " + LEAF + " then " + high + " end as high, case when " + LEAF + " then "
					+ SearchSql.upperFigure(query.valueBasis()) + " end as upper, " + low
					+ " is not null as has_value from tender t where " + sql.where + """
							)
							select 'region' as facet, coalesce(nhs_region, '') as key, count(*) as n, sum(low) as low,
							       sum(upper) as high, bool_or(low is not null and high is null) as open,
							       count(low) as valued
							from r group by nhs_region
							union all
							select 'status', status, count(*), null, null, false, 0 from r group by status
							union all
							select 'area', sa.service_area, count(*), null, null, false, 0
							from r join tender_service_area sa on sa.tender_id = r.id group by sa.service_area
							union all
							select 'year', extract(year from e.event_date)::int::text, count(*), null, null, false, 0
							from r join tender_event e on e.tender_id = r.id and not e.expected group by 2
							union all
							select 'total', '', count(*), sum(low), sum(upper),
							       bool_or(low is not null and high is null), count(*) filter (where has_value)
							from r""")
			.params(sql.params)
			.query((rs) -> {
				String facet = rs.getString("facet");
				Bucket bucket = new Bucket(rs.getString("key"), rs.getLong("n"), rs.getBigDecimal("low"),
						rs.getBigDecimal("high"), rs.getBoolean("open"));
				switch (facet) {
					case "year" -> years.add(bucket);
					case "total" -> total[0] = new Bucket("", rs.getLong("valued"), bucket.valueLow(),
							bucket.valueHigh(), bucket.valueOpen());
					default -> groups.computeIfAbsent(facet, (name) -> new LinkedHashMap<>()).put(bucket.key(), bucket);
				}
			});
		years.sort((a, b) -> a.key().compareTo(b.key()));
		Bucket all = total[0];
		long valued = (all != null) ? all.tenders() : 0;
		MoneyRange value = (valued > 0 && all.valueLow() != null)
				? new MoneyRange(all.valueLow(), all.valueHigh(), all.valueOpen(), false) : null;
		long noValue;
		boolean noValueExact;
		if (query.hasValueFilter()) {
			SearchSql others = SearchSql.filtersWithoutValue(query);
			Count missing = count(SearchSql.of(others.where + "\n and " + low + " is null", others.params));
			noValue = missing.value();
			noValueExact = missing.exact();
		}
		else {
			noValue = count.value() - valued;
			noValueExact = true;
		}
		return new Summary(value, valued, noValue, noValueExact, groups.getOrDefault("region", Map.of()),
				groups.getOrDefault("status", Map.of()), groups.getOrDefault("area", Map.of()), years);
	}

	/** A page of results with the cursors either side of it. */
	record Page(List<Hit> hits, SearchCursor next, SearchCursor previous) {
	}

	private record Keyed(TenderRow row, String key) {
	}

}
