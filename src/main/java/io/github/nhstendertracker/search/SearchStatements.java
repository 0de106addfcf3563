package io.github.nhstendertracker.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderRows;

/**
 * The statements a search runs, each built from the query's filters ({@link SearchSql})
 * and order ({@link SearchOrder}): a keyset page, counts, the planner's estimate,
 * highlighted keywords, and the whole result for the CSV. Summaries are built by
 * {@link SummarySql}, and the CSV's columns by {@link TenderCsvColumns}. Nothing else in
 * the search writes SQL over tenders.
 */
final class SearchStatements {

	/** Otherwise relevance ranks this many of the most recent matches. */
	static final int RELEVANCE_RECENT = 2_000;

	private SearchStatements() {
	}

	/**
	 * How many bids the bidders have, counted only up to one more than
	 * {@link SearchSql#BUSY_BIDDER}.
	 */
	static SearchStatement biddersBids(Collection<Long> bidders) {
		return new SearchStatement("select count(*) from (select 1 from bid where bidder_id = any(:ids) limit "
				+ (SearchSql.BUSY_BIDDER + 1) + ") linked", Map.of("ids", bidders.toArray(Long[]::new)));
	}

	/**
	 * One more row than a page of the query, from its cursor on, each row with its sort
	 * key as text ({@code sort_key}). Paging backwards reads in the opposite direction,
	 * so the rows come nearest the cursor first.
	 */
	static SearchStatement page(TenderQuery query, SearchSql filters, boolean recentOnly) {
		Map<String, Object> params = new HashMap<>(filters.params);
		String key = SearchOrder.sortKey(query);
		if (query.sort() == SearchSort.RELEVANCE) {
			params.put("q", query.q());
		}
		boolean backwards = query.before() != null;
		boolean descending = query.descending() != backwards;
		StringBuilder where = new StringBuilder(filters.where);
		SearchCursor cursor = backwards ? query.before() : query.after();
		if (cursor != null) {
			where.append("\n and (").append(key).append(", t.id) ").append(descending ? "<" : ">");
			where.append(" (cast(:cursorKey as ").append(SearchOrder.sortKeyType(query.sort())).append("), :cursorId)");
			params.put("cursorKey", cursor.key());
			params.put("cursorId", cursor.id());
		}
		params.put("limit", query.size() + 1);
		return new SearchStatement("select " + TenderRows.ROW_COLUMNS + ", (" + key + ")::text as sort_key from "
				+ source(filters, recentOnly) + " where " + where + " order by "
				+ SearchOrder.orderBy(query, descending) + " limit :limit", params);
	}

	/**
	 * Where a page's rows come from: every tender, or, when relevance is to rank only the
	 * most recent matches, the {@value #RELEVANCE_RECENT} most recent matches: a fixed
	 * set, so paging through it stays consistent.
	 */
	private static String source(SearchSql filters, boolean recentOnly) {
		if (!recentOnly) {
			return "tender t";
		}
		return "(select * from tender t where " + filters.where
				+ " order by coalesce(t.latest_event_date, date '0001-01-01') desc, t.id desc limit " + RELEVANCE_RECENT
				+ ") t";
	}

	/** How many tenders match, counted up to one more than {@code limit}. */
	static SearchStatement count(SearchSql filters, int limit) {
		return new SearchStatement("select count(*) from (select 1 from tender t where " + filters.where + " limit "
				+ (limit + 1) + ") capped", filters.params);
	}

	/** How many tenders match, however many. */
	static SearchStatement countAll(SearchSql filters) {
		return new SearchStatement("select count(*) from tender t where " + filters.where, filters.params);
	}

	/** The plan, as JSON, of reading the matching tenders: its row estimate is cheap. */
	static SearchStatement estimate(SearchSql filters) {
		return new SearchStatement("explain (format json) select 1 from tender t where " + filters.where,
				filters.params);
	}

	/**
	 * The title (all of it) and a snippet of the description of each tender, with the
	 * keywords' matches between the given start and stop markers.
	 */
	static SearchStatement highlight(String q, Collection<Long> ids, String markStart, String markEnd) {
		String options = "StartSel=" + markStart + ", StopSel=" + markEnd;
		return new SearchStatement("""
				select t.id,
				       ts_headline('english', t.title, websearch_to_tsquery('english', :q), :all) as title,
				       ts_headline('english', t.description, websearch_to_tsquery('english', :q), :snippet) as snippet
				from tender t where t.id = any(:ids)""", Map.of("q", q, "all", options + ", HighlightAll=true",
				"snippet", options + ", MaxWords=30, MinWords=12, ShortWord=2", "ids", ids.toArray(Long[]::new)));
	}

	/**
	 * Every tender the query matches, in its order, with the given select list over
	 * {@code tender t} (the CSV's, from {@link TenderCsvColumns}). Bidders are matched by
	 * probing, which suits reading the whole result.
	 */
	static SearchStatement export(TenderQuery query, String columns) {
		SearchSql filters = SearchSql.filters(query);
		return new SearchStatement("select " + columns + " from tender t where " + filters.where + " order by "
				+ SearchOrder.orderBy(query, query.descending()), filters.params);
	}

	/**
	 * The newest {@code limit} events that have happened (not those only expected) to the
	 * tenders the query matches, latest date first, each with its tender's row columns.
	 * One statement: the newest events can only belong to the {@code limit} tenders with
	 * the latest events, so it takes those as the list's latest-first page does (on the
	 * latest-event index, whatever the filters), then their events. That holds exactly
	 * because the events are ordered by date, then tender, as the tenders are.
	 */
	static SearchStatement events(TenderQuery query, int limit) {
		SearchSql filters = SearchSql.filters(query);
		Map<String, Object> params = new HashMap<>(filters.params);
		params.put("limit", limit);
		String latestFirst = SearchOrder.orderBy(query.sortedBy(SearchSort.LATEST, true), true);
		return new SearchStatement("""
				select t.*, e.id as event_id, e.type as event_type, e.event_date as event_on,
				e.date_precision as event_precision, e.date_qualifier as event_qualifier,
				e.description as event_description
				from (select""" + " " + TenderRows.ROW_COLUMNS + " from tender t where " + filters.where
				+ "\n order by " + latestFirst
				+ " limit :limit) t\n join tender_event e on e.tender_id = t.id and not e.expected"
				+ "\n order by e.event_date desc, t.id desc, e.id desc limit :limit", params);
	}

	/**
	 * The events recorded as having happened, to tenders the query matches, numbered
	 * after {@code after} and up to {@code upTo} ({@code tender_event.happened_seq}):
	 * latest date first, at most {@code limit}, each row with the total of them.
	 */
	static SearchStatement happenedBetween(TenderQuery query, long after, long upTo, int limit) {
		SearchSql filters = SearchSql.filters(query);
		Map<String, Object> params = new HashMap<>(filters.params);
		params.put("after", after);
		params.put("upTo", upTo);
		params.put("limit", limit);
		// The new events first (a day's worth, by their index), then the tenders they are
		// of
		// that match: never the other way round, which would walk every matching tender.
		return new SearchStatement("""
				with e as materialized (select * from tender_event
				where happened_seq > :after and happened_seq <= :upTo)
				select t.*, e.id as event_id, e.type as event_type, e.event_date as event_on,
				e.date_precision as event_precision, e.date_qualifier as event_qualifier,
				e.description as event_description, count(*) over () as total
				from (select""" + " " + TenderRows.ROW_COLUMNS
				+ " from tender t where t.id in (select tender_id from e)" + " and " + filters.where
				+ ") t\n join e on e.tender_id = t.id"
				+ "\n order by e.event_date desc, t.id desc, e.id desc limit :limit", params);
	}

	/**
	 * The ids of every tender the query matches, in its order: what the OCDS export
	 * streams.
	 */
	static SearchStatement exportIds(TenderQuery query) {
		SearchSql filters = SearchSql.filters(query);
		return new SearchStatement("select t.id from tender t where " + filters.where + " order by "
				+ SearchOrder.orderBy(query, query.descending()), filters.params);
	}

}
