package io.github.nhstendertracker.search;

import io.github.nhstendertracker.tender.TenderStatus;

/**
 * How a search's results are ordered in SQL: the key each sort orders by, the type a
 * cursor's key is compared as, and the ORDER BY clause, with the tender id breaking ties
 * so that keyset paging never skips or repeats a row.
 */
final class SearchOrder {

	/**
	 * The status sort key: each status's place in {@link TenderStatus}'s declaration
	 * order, from 1, and any other value after them all. Built from the enum, so a new
	 * status sorts where it is declared.
	 */
	static final String STATUS_RANK = statusRank();

	private SearchOrder() {
	}

	private static String statusRank() {
		StringBuilder rank = new StringBuilder("(case t.status");
		for (TenderStatus status : TenderStatus.values()) {
			rank.append(" when '").append(status.name()).append("' then ").append(status.ordinal() + 1);
		}
		return rank.append(" else ").append(TenderStatus.values().length + 1).append(" end)").toString();
	}

	/**
	 * The expression a sort orders by, with missing dates and values as the smallest. The
	 * latest-event and value keys are indexed as written here (migration V10): change
	 * them only together with their indexes.
	 */
	static String sortKey(TenderQuery query) {
		return switch (query.sort()) {
			case LATEST -> "coalesce(t.latest_event_date, date '0001-01-01')";
			case VALUE -> "coalesce(" + SearchSql.lowColumn(query.valueBasis()) + ", -1)";
			case TITLE -> "lower(t.title)";
			case STATUS -> STATUS_RANK;
			case DEADLINE -> dueKey("t.bid_deadline");
			case END -> dueKey("t.contract_end");
			case RELEVANCE -> "ts_rank_cd(t.search_vector, websearch_to_tsquery('english', :q))";
		};
	}

	/**
	 * A bid deadline's or contract end's key, with a missing date the largest: indexed as
	 * written here (migration V23), and used by the filters on those dates too, so that
	 * both walk the same index.
	 */
	static String dueKey(String column) {
		return "coalesce(" + column + ", date '9999-12-31')";
	}

	/** The SQL type a cursor's key is cast to when compared. */
	static String sortKeyType(SearchSort sort) {
		return switch (sort) {
			case LATEST, DEADLINE, END -> "date";
			case VALUE -> "numeric";
			case TITLE -> "text";
			case STATUS -> "int";
			case RELEVANCE -> "real";
		};
	}

	/** The ORDER BY list for the query's sort, in the given direction. */
	static String orderBy(TenderQuery query, boolean descending) {
		String direction = descending ? "desc" : "asc";
		return sortKey(query) + " " + direction + ", t.id " + direction;
	}

}
