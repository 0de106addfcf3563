package io.github.nhstendertracker.search;

import java.util.HashMap;
import java.util.Map;

import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * The statements that summarise a search's whole result, from the tenders themselves or
 * from the {@link SummaryCube}. Both give the same columns: facet, key, n (tenders, or
 * events for a year), low, high, open and valued, one row per region, status, service
 * area and year, and a total.
 */
final class SummarySql {

	/**
	 * Whether a tender's value is added into a summed value: a programme split into lots
	 * is counted through its lots, so the programme's own value is not added as well. A
	 * condition on {@code tender t}; the CSV's {@code counted_in_total} column is this
	 * same condition, so its counted rows add up to the page's total.
	 */
	static final String COUNTED_IN_TOTAL = "not exists (select 1 from tender lot where lot.parent_id = t.id and lot.archived_at is null)";

	private SummarySql() {
	}

	/**
	 * Sums, facets and events per year by reading the tenders that match the filters. A
	 * programme split into lots is counted through its lots, so its own value is left out
	 * of sums.
	 */
	static SearchStatement ofTenders(TenderQuery query, SearchSql filters) {
		String low = SearchSql.lowColumn(query.valueBasis());
		String high = SearchSql.highColumn(query.valueBasis());
		String select = "with r as materialized (select t.id, t.nhs_region, t.status, t.area_mask, case when leaf then "
				+ low + " end as low, case when leaf then " + high + " end as high, case when leaf then "
				+ SearchSql.upperFigure(query.valueBasis()) + " end as upper, " + low
				+ " is not null as has_value from (select t.*, " + COUNTED_IN_TOTAL + " as leaf from tender t where "
				+ filters.where + ") t" + """
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
		return new SearchStatement(select, filters.params);
	}

	/**
	 * The filters for the tenders a value filter left out for having no value on the
	 * query's basis: every other filter, and no value.
	 */
	static SearchSql withoutValue(TenderQuery query) {
		SearchSql others = SearchSql.filtersWithoutValue(query);
		return SearchSql.of(others.where + "\n and " + SearchSql.lowColumn(query.valueBasis()) + " is null",
				others.params);
	}

	/**
	 * The summary of the query from the cube: right only when the query filters on
	 * nothing but the cube's dimensions ({@link SearchSql#onlyDimensions}).
	 */
	static SearchStatement ofCube(TenderQuery query) {
		SearchSql cube = SearchSql.dimensions(query, "c");
		SearchSql years = SearchSql.dimensions(query, "y");
		String basis = (query.valueBasis() == ValueBasis.ANNUAL) ? "annual" : "total";
		Map<String, Object> params = new HashMap<>(cube.params);
		params.putAll(years.params);
		// One pass for the service areas: a filtered sum per area, each area's bit found
		// by the database from its name.
		StringBuilder areaSums = new StringBuilder();
		StringBuilder areaRows = new StringBuilder();
		for (ServiceArea area : ServiceArea.values()) {
			String column = "a" + area.ordinal();
			areaSums.append((areaSums.length() > 0) ? ", " : "")
				.append("sum(tenders) filter (where area_mask & (1 << search_area_bit('")
				.append(area.name())
				.append("')) <> 0) as ")
				.append(column);
			areaRows.append((areaRows.length() > 0) ? ", " : "")
				.append("('")
				.append(area.name())
				.append("', s.")
				.append(column)
				.append(")");
		}
		String sql = """
				with c as materialized (
				    select nhs_region, status, area_mask, tenders, %1$s_valued as valued, %1$s_low as low,
				           %1$s_upper as upper, %1$s_open as open
				    from tender_cube c where %2$s)
				select 'region' as facet, coalesce(nhs_region, '') as key, sum(tenders) as n, sum(low) as low,
				       sum(upper) as high, bool_or(open) as open, sum(valued) as valued
				from c group by nhs_region
				union all
				select 'status', status, sum(tenders), null, null, false, 0 from c group by status
				union all
				select 'area', a.name, a.n, null, null, false, 0
				from (select %4$s from c) s cross join lateral (values %5$s) a(name, n) where a.n > 0
				union all
				select 'year', y.year::text, sum(y.events), null, null, false, 0
				from tender_cube_year y where %3$s group by y.year
				union all
				select 'total', '', coalesce(sum(tenders), 0), sum(low), sum(upper), coalesce(bool_or(open), false),
				       coalesce(sum(valued), 0)
				from c""".formatted(basis, cube.where, years.where, areaSums, areaRows);
		return new SearchStatement(sql, params);
	}

}
