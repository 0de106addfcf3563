package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.MoneyRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Summarises a search's whole result, from the summary cube or from the matching tenders:
 * its size, summed value, facet counts and events per year.
 */
@Component
class ResultSummaries {

	private final JdbcClient jdbc;

	private final ResultCounter counter;

	ResultSummaries(JdbcClient jdbc, ResultCounter counter) {
		this.jdbc = jdbc;
		this.counter = counter;
	}

	/** The summary from the cube, whether or not it is up to date. */
	Summary fromCube(TenderQuery query) {
		return summarise(SummarySql.ofCube(query), null);
	}

	/**
	 * Sums, facets and events per year by reading the tenders that match the filters.
	 * With a count (an exact one, up to the limit) the tenders left out for having no
	 * value are counted up to the limit; without one they are counted in full.
	 */
	Summary fromTenders(TenderQuery query, SearchSql filters, Count count) {
		Count noValue = null;
		if (query.hasValueFilter()) {
			SearchSql missing = SummarySql.withoutValue(query);
			noValue = (count != null) ? this.counter.count(missing) : new Count(this.counter.countAll(missing), true);
		}
		return summarise(SummarySql.ofTenders(query, filters), noValue);
	}

	/**
	 * Reads a summary query's rows (facet, key, n, low, high, open, valued) into a
	 * summary. {@code noValue} counts the tenders a value filter left out for having no
	 * value; without a value filter it is null, and they are the tenders not valued.
	 */
	private Summary summarise(SearchStatement statement, Count noValue) {
		Map<String, Map<String, Bucket>> groups = new LinkedHashMap<>();
		List<Bucket> years = new ArrayList<>();
		Bucket[] total = new Bucket[1];
		long[] tenders = new long[1];
		this.jdbc.sql(statement.sql()).params(statement.params()).query((rs) -> {
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

}
