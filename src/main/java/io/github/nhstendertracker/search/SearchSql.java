package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.nhstendertracker.tender.ValueBasis;

/**
 * Turns a {@link TenderQuery} into SQL over {@code tender t}: a WHERE clause with named
 * parameters (never concatenated values), and the sort key with its keyset condition.
 * Each filter is written to use an index: the search vector, the region columns, or an
 * EXISTS on a link table's (key, tender_id) index.
 */
final class SearchSql {

	final String where;

	final Map<String, Object> params;

	private SearchSql(String where, Map<String, Object> params) {
		this.where = where;
		this.params = params;
	}

	static SearchSql of(String where, Map<String, Object> params) {
		return new SearchSql(where, params);
	}

	static String lowColumn(ValueBasis basis) {
		return (basis == ValueBasis.ANNUAL) ? "t.annual_low" : "t.total_low";
	}

	static String highColumn(ValueBasis basis) {
		return (basis == ValueBasis.ANNUAL) ? "t.annual_high" : "t.total_high";
	}

	/**
	 * The upper figure to add up in a summed value: the stated upper bound converted to
	 * the basis even when it is open ("£750m to over £1bn" adds £1bn, with the sum marked
	 * open), else the lower bound ("at least £50m" adds £50m). The high column cannot be
	 * used: it is null for every open range, which would lose the stated £1bn.
	 */
	static String upperFigure(ValueBasis basis) {
		if (basis == ValueBasis.ANNUAL) {
			return """
					coalesce(case t.value_basis when 'ANNUAL' then t.value_high
					    when 'TOTAL' then round(t.value_high * 12.0
					        / coalesce(t.duration_min_months, t.duration_max_months), 2) end, t.annual_low)""";
		}
		return """
				coalesce(case t.value_basis when 'TOTAL' then t.value_high
				    when 'ANNUAL' then round(t.value_high
				        * coalesce(t.duration_max_months, t.duration_min_months) / 12.0, 2) end, t.total_low)""";
	}

	/** Every filter in the query. */
	static SearchSql filters(TenderQuery query) {
		return build(query, true);
	}

	/**
	 * Every filter but the value range, for counting tenders the value filter left out.
	 */
	static SearchSql filtersWithoutValue(TenderQuery query) {
		return build(query, false);
	}

	private static SearchSql build(TenderQuery query, boolean withValue) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (query.hasKeywords()) {
			conditions.add("t.search_vector @@ websearch_to_tsquery('english', :q)");
			params.put("q", query.q());
		}
		if (withValue && query.hasValueFilter()) {
			String low = lowColumn(query.valueBasis());
			String high = highColumn(query.valueBasis());
			conditions.add(low + " is not null");
			if (query.minValue() != null) {
				// overlaps [min, max]: its upper end reaches min (a null upper end is
				// unbounded) ...
				conditions.add("(" + high + " is null or " + high + " >= :minValue)");
				params.put("minValue", query.minValue());
			}
			if (query.maxValue() != null) {
				// ... and its lower end does not pass max
				conditions.add(low + " <= :maxValue");
				params.put("maxValue", query.maxValue());
			}
		}
		any(conditions, params, "t.nhs_region", "regions", query.regions(), Enum::name);
		any(conditions, params, "t.itl_region", "itls", query.itls(), Enum::name);
		any(conditions, params, "t.status", "statuses", query.statuses(), Enum::name);
		if (!query.commissioners().isEmpty()) {
			// Driven from the link table: a commissioner's tenders are a bounded set, and
			// walking
			// the whole list in date order to find them is slow when they are all old.
			conditions.add("t.id = any(array(select tc.tender_id from tender_commissioner tc"
					+ " where tc.commissioner_id = any(:commissioners)))");
			params.put("commissioners", query.commissioners().toArray(Long[]::new));
		}
		if (!query.bidders().isEmpty()) {
			// A busy bidder's bids are spread over time, so walking the list and probing
			// is faster.
			conditions.add("exists (select 1 from bid b where b.tender_id = t.id and b.bidder_id = any(:bidders))");
			params.put("bidders", query.bidders().toArray(Long[]::new));
		}
		if (!query.serviceAreas().isEmpty()) {
			conditions.add("exists (select 1 from tender_service_area sa where sa.tender_id = t.id"
					+ " and sa.service_area = any(:serviceAreas))");
			params.put("serviceAreas", names(query.serviceAreas(), Enum::name));
		}
		if (!query.events().isEmpty()) {
			conditions.add("exists (select 1 from tender_event ev where ev.tender_id = t.id"
					+ " and ev.type = any(:eventTypes) and not ev.expected)");
			params.put("eventTypes", names(query.events(), Enum::name));
		}
		if (query.from() != null || query.to() != null) {
			// A probe per tender on (tender_id, event_date), not a semi-join over every
			// event in
			// the range: with the list in index order only a page's worth of tenders is
			// probed.
			StringBuilder range = new StringBuilder("(select true from tender_event ed where ed.tender_id = t.id");
			if (query.from() != null) {
				range.append(" and ed.event_date >= :from");
				params.put("from", query.from());
			}
			if (query.to() != null) {
				range.append(" and ed.event_date <= :to");
				params.put("to", query.to());
			}
			conditions.add(range.append(" limit 1) is not null").toString());
		}
		String where = conditions.isEmpty() ? "true" : String.join("\n and ", conditions);
		return new SearchSql(where, params);
	}

	/** The expression a sort orders by, with missing dates and values as the smallest. */
	static String sortKey(TenderQuery query) {
		return switch (query.sort()) {
			case LATEST -> "coalesce(t.latest_event_date, date '0001-01-01')";
			case VALUE -> "coalesce(" + lowColumn(query.valueBasis()) + ", -1)";
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

	private static <T> void any(List<String> conditions, Map<String, Object> params, String column, String name,
			java.util.Set<T> values, Function<T, String> toName) {
		if (!values.isEmpty()) {
			conditions.add(column + " = any(:" + name + ")");
			params.put(name, names(values, toName));
		}
	}

	private static <T> String[] names(java.util.Collection<T> values, Function<T, String> toName) {
		return values.stream().map(toName).toArray(String[]::new);
	}

}
