package io.github.nhstendertracker.search;

/**
 * How a search's results are ordered in SQL: the key each sort orders by, the type a
 * cursor's key is compared as, and the ORDER BY clause, with the tender id breaking ties
 * so that keyset paging never skips or repeats a row.
 */
final class SearchOrder {

	private SearchOrder() {
	}

	/** The expression a sort orders by, with missing dates and values as the smallest. */
	static String sortKey(TenderQuery query) {
		return switch (query.sort()) {
			case LATEST -> "coalesce(t.latest_event_date, date '0001-01-01')";
			case VALUE -> "coalesce(" + SearchSql.lowColumn(query.valueBasis()) + ", -1)";
			case TITLE -> "lower(t.title)";
			case STATUS -> """
					(case t.status when 'PLANNED' then 1 when 'OPEN' then 2 when 'PREFERRED_BIDDER' then 3
					 when 'AWARDED' then 4 when 'DELAYED' then 5 when 'PAUSED' then 6 when 'COLLAPSED' then 7
					 else 8 end)""";
			case RELEVANCE -> "ts_rank_cd(t.search_vector, websearch_to_tsquery('english', :q))";
		};
	}

	/** The SQL type a cursor's key is cast to when compared. */
	static String sortKeyType(SearchSort sort) {
		return switch (sort) {
			case LATEST -> "date";
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
