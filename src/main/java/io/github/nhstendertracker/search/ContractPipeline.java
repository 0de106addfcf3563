package io.github.nhstendertracker.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ServiceArea;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The expiry pipeline: awarded contracts ending in the next two years, in six-month
 * bands, by NHS region and by service area. Each band is a tender-list search (status
 * awarded, contract end within the band), and every figure links to that list, so the two
 * agree. One grouped query over the contract-end index for each breakdown.
 */
@Service
public class ContractPipeline {

	/** Months in a band, and how many bands. */
	static final int BAND_MONTHS = 6;

	static final int BANDS = 4;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContractPipeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The pipeline as of today. */
	public Pipeline pipeline() {
		LocalDate today = LocalDate.now(this.clock);
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < BANDS; i++) {
			LocalDate from = today.plusMonths((long) i * BAND_MONTHS);
			LocalDate to = today.plusMonths((long) (i + 1) * BAND_MONTHS).minusDays(1);
			String label = (i == 0) ? "Within 6 months"
					: (i * BAND_MONTHS) + " to " + ((i + 1) * BAND_MONTHS) + " months";
			bands.add(new Band(label, from, to));
		}
		String band = "(case" + bandCases(bands) + " end)";
		String ending = """
				from tender t where t.archived_at is null and t.status = 'AWARDED'
				  and coalesce(t.contract_end, date '9999-12-31') between :from and :to""";
		Map<String, long[]> byRegion = new LinkedHashMap<>();
		this.jdbc.sql("select t.nhs_region, " + band + " as band, count(*) " + ending + " group by 1, 2")
			.params(params(bands))
			.query((rs) -> {
				count(byRegion, rs.getString(1), rs.getInt(2), rs.getLong(3));
			});
		Map<String, long[]> byArea = new LinkedHashMap<>();
		this.jdbc
			.sql("select a.service_area, " + band + " as band, count(*) "
					+ ending.replace("from tender t", "from tender t join tender_service_area a on a.tender_id = t.id")
					+ " group by 1, 2")
			.params(params(bands))
			.query((rs) -> {
				count(byArea, rs.getString(1), rs.getInt(2), rs.getLong(3));
			});
		List<Row> regions = rows(bands, byRegion, NhsRegion.values(), NhsRegion::slug, NhsRegion::label, "region");
		List<Row> areas = rows(bands, byArea, ServiceArea.values(), Slugs::of, ServiceArea::label, "serviceArea");
		long[] unknown = byRegion.get(null);
		if (unknown != null) {
			regions = new ArrayList<>(regions);
			regions.add(new Row("Region not known", unknown, List.of()));
		}
		return new Pipeline(today, bands, regions, areas, totals(bands, byRegion));
	}

	private static String bandCases(List<Band> bands) {
		StringBuilder cases = new StringBuilder();
		for (int i = 0; i < bands.size(); i++) {
			cases.append(" when t.contract_end <= :to").append(i).append(" then ").append(i);
		}
		return cases.toString();
	}

	private static Map<String, Object> params(List<Band> bands) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", bands.get(0).from());
		params.put("to", bands.get(bands.size() - 1).to());
		for (int i = 0; i < bands.size(); i++) {
			params.put("to" + i, bands.get(i).to());
		}
		return params;
	}

	private static void count(Map<String, long[]> counts, String key, int band, long count) {
		counts.computeIfAbsent(key, (k) -> new long[BANDS])[band] += count;
	}

	private static <E extends Enum<E>> List<Row> rows(List<Band> bands, Map<String, long[]> counts, E[] values,
			Function<E, String> slug, Function<E, String> label, String param) {
		List<Row> rows = new ArrayList<>();
		for (E value : values) {
			long[] found = counts.get(value.name());
			if (found == null) {
				continue;
			}
			List<String> links = new ArrayList<>();
			for (Band band : bands) {
				links.add(band.link(param, slug.apply(value)));
			}
			rows.add(new Row(label.apply(value), found, links));
		}
		return rows;
	}

	private static Row totals(List<Band> bands, Map<String, long[]> byRegion) {
		long[] all = new long[BANDS];
		byRegion.values().forEach((counts) -> {
			for (int i = 0; i < BANDS; i++) {
				all[i] += counts[i];
			}
		});
		return new Row("All regions", all, bands.stream().map((band) -> band.link(null, null)).toList());
	}

	/** The pipeline: its bands, then the counts by region and by service area. */
	public record Pipeline(LocalDate today, List<Band> bands, List<Row> regions, List<Row> serviceAreas, Row total) {

		public boolean empty() {
			return this.total.sum() == 0;
		}

	}

	/** Contracts ending from one day to another, inclusive. */
	public record Band(String label, LocalDate from, LocalDate to) {

		/**
		 * The tender list of awarded contracts ending in this band, narrowed by one
		 * filter.
		 */
		String link(String param, String value) {
			MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
			params.add("status", "awarded");
			if (param != null) {
				params.add(param, value);
			}
			params.add("endFrom", this.from.toString());
			params.add("endTo", this.to.toString());
			params.add("sort", "end");
			return SearchLinks.of(TenderQuery.parse(params).query()).to("/tenders");
		}

	}

	/**
	 * One line of a breakdown: its label, the count in each band, and the list behind
	 * each count (none where the list cannot be filtered that way).
	 */
	public record Row(String label, long[] counts, List<String> links) {

		public long sum() {
			long sum = 0;
			for (long count : this.counts) {
				sum += count;
			}
			return sum;
		}

	}

}
