package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * Turns a {@link TenderQuery} into SQL over {@code tender t}: a WHERE clause with named
 * parameters (never concatenated values); {@link SearchOrder} orders the result. Each
 * filter is written to use an index (the search vector, the region columns, an EXISTS on
 * a link table's (key, tender_id) index) or a column on the tender itself, such as the
 * service area and event type masks.
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
	 * used: it is null for every open range, which would lose the stated £1bn. The SQL
	 * functions are shared with the summary cube.
	 */
	static String upperFigure(ValueBasis basis) {
		String function = (basis == ValueBasis.ANNUAL) ? "search_upper_annual" : "search_upper_total";
		return function + "(t.value_basis, t.value_high, t.duration_min_months, t.duration_max_months, "
				+ lowColumn(basis) + ")";
	}

	/**
	 * Above this many bids, a bidder filter probes each tender in sort order: a busy
	 * supplier's bids are spread over time, so a page is found within a few hundred
	 * tenders. At or below it, the bidder's tenders are fetched by id and sorted, since
	 * walking the sort order would pass a million tenders to find a rare bidder's few.
	 * Commissioners are always fetched by id: a busy commissioner's tenders are often
	 * bunched in the years it existed, and walking to them can take longer than sorting
	 * them all.
	 */
	static final int BUSY_BIDDER = 2_000;

	/**
	 * Every filter in the query, with bidders matched by probing: right for reading the
	 * whole result, as the CSV does.
	 */
	static SearchSql filters(TenderQuery query) {
		return build(query, true, true);
	}

	/** Every filter in the query, probing for bidders only when they are busy. */
	static SearchSql filters(TenderQuery query, boolean busyBidders) {
		return build(query, true, busyBidders);
	}

	/**
	 * Every filter but the value range, for counting tenders the value filter left out.
	 */
	static SearchSql filtersWithoutValue(TenderQuery query) {
		return build(query, false, true);
	}

	private static SearchSql build(TenderQuery query, boolean withValue, boolean probeBidders) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		// Archived tenders are an admin's to restore; nobody searches them.
		conditions.add("t.archived_at is null");
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
		dimensions(query, "t", conditions, params);
		if (!query.commissioners().isEmpty()) {
			// The lineage is expanded once, before the (commissioner_id, tender_id) index
			// is read for every body in it.
			String ids = (query.lineage() == LineageScope.OWN) ? ":commissioners"
					: "array(" + CommissionerLineage.WITH_PREDECESSORS + ")";
			conditions.add("t.id = any(array(select tc.tender_id from tender_commissioner tc"
					+ " where tc.commissioner_id = any(" + ids + ")))");
			params.put("commissioners", query.commissioners().toArray(Long[]::new));
		}
		if (!query.bidders().isEmpty()) {
			conditions.add(probeBidders
					? "exists (select 1 from bid b where b.tender_id = t.id and b.bidder_id = any(:bidders))"
					: "t.id = any(array(select b.tender_id from bid b where b.bidder_id = any(:bidders)))");
			params.put("bidders", query.bidders().toArray(Long[]::new));
		}
		if (!query.cpvCodes().isEmpty()) {
			List<String> likes = new ArrayList<>();
			int i = 0;
			for (String code : query.cpvCodes()) {
				likes.add("tcpv.code like :cpv" + i);
				params.put("cpv" + i++, TenderQuery.cpvPrefix(code) + "%");
			}
			conditions.add("t.id = any(array(select tcpv.tender_id from tender_cpv tcpv where "
					+ String.join(" or ", likes) + "))");
		}
		if (query.ocid() != null) {
			conditions.add("t.ocid = :ocid");
			params.put("ocid", query.ocid());
		}
		due(conditions, params, "t.bid_deadline", "deadline", query.dueDates().deadlineFrom(),
				query.dueDates().deadlineTo());
		due(conditions, params, "t.contract_end", "end", query.dueDates().endFrom(), query.dueDates().endTo());
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
		return new SearchSql(String.join("\n and ", conditions), params);
	}

	/**
	 * A bid deadline or contract end range, on the same key as its sort so that one index
	 * answers both; a tender without the date never matches (its key is far beyond any
	 * date a filter takes).
	 */
	private static void due(List<String> conditions, Map<String, Object> params, String column, String name,
			java.time.LocalDate from, java.time.LocalDate to) {
		if (from == null && to == null) {
			return;
		}
		String key = SearchOrder.dueKey(column);
		conditions.add(key + " >= :" + name + "From");
		params.put(name + "From", (from != null) ? from : java.time.LocalDate.of(1, 1, 1));
		conditions.add(key + " <= :" + name + "To");
		params.put(name + "To", (to != null) ? to : java.time.LocalDate.of(2100, 12, 31));
	}

	/**
	 * Whether the query filters only on what the summary cube is grouped by: regions,
	 * status, service areas and event types (not keywords, values, parties, dates, CPV
	 * codes or an ocid).
	 */
	static boolean onlyDimensions(TenderQuery query) {
		return !query.hasKeywords() && !query.hasValueFilter() && query.commissioners().isEmpty()
				&& query.bidders().isEmpty() && query.from() == null && query.to() == null && query.cpvCodes().isEmpty()
				&& query.ocid() == null && !query.dueDates().any();
	}

	/**
	 * The filters on columns that both {@code tender} and the summary cube have, for
	 * either under the given alias. Service areas and event types are bit masks, built
	 * from names by SQL functions so that only the database knows the bit order.
	 */
	static SearchSql dimensions(TenderQuery query, String alias) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		dimensions(query, alias, conditions, params);
		return new SearchSql(conditions.isEmpty() ? "true" : String.join("\n and ", conditions), params);
	}

	private static void dimensions(TenderQuery query, String alias, List<String> conditions,
			Map<String, Object> params) {
		any(conditions, params, alias + ".nhs_region", "regions", query.regions(), Enum::name);
		any(conditions, params, alias + ".itl_region", "itls", query.itls(), Enum::name);
		any(conditions, params, alias + ".status", "statuses", query.statuses(), Enum::name);
		if (!query.serviceAreas().isEmpty()) {
			// A scalar subquery, so the mask is worked out once, not once a row.
			conditions.add(alias + ".area_mask & (select search_area_mask(:serviceAreas)) <> 0");
			params.put("serviceAreas", names(query.serviceAreas(), Enum::name));
		}
		if (!query.events().isEmpty()) {
			// Only events that have happened set a bit.
			conditions.add(alias + ".event_mask & (select search_event_mask(:eventTypes)) <> 0");
			params.put("eventTypes", names(query.events(), Enum::name));
		}
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
