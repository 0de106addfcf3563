package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The search page's filter options, each with its count in the current result, and the
 * rows of its charts: both read from the summary of the result, which may not be known
 * yet (then counts are null and charts empty).
 */
final class SearchFacets {

	private final TenderQuery query;

	private final Summary summary;

	SearchFacets(TenderQuery query, Summary summary) {
		this.query = query;
		this.summary = summary;
	}

	List<Option> regionOptions() {
		return options(NhsRegion.values(), NhsRegion::slug, NhsRegion::label, this.query.regions(), "region",
				(region) -> count((this.summary != null) ? this.summary.byRegion() : null, region.name()));
	}

	List<Option> itlOptions() {
		return options(ItlRegion.values(), ItlRegion::code, (itl) -> itl.label() + " (" + itl.code() + ")",
				this.query.itls(), null, (itl) -> null);
	}

	List<Option> statusOptions() {
		return options(TenderStatus.values(), Slugs::of, TenderStatus::label, this.query.statuses(), "status",
				(status) -> count((this.summary != null) ? this.summary.byStatus() : null, status.name()));
	}

	List<Option> serviceAreaOptions() {
		return options(ServiceArea.values(), Slugs::of, ServiceArea::label, this.query.serviceAreas(), "area",
				(area) -> count((this.summary != null) ? this.summary.byServiceArea() : null, area.name()));
	}

	List<Option> eventOptions() {
		return options(EventType.values(), Slugs::of, EventType::label, this.query.events(), null, (event) -> null);
	}

	/**
	 * Regions in a fixed order with their tenders and value, for the chart and its table.
	 */
	List<Labelled> valueByRegion() {
		if (this.summary == null) {
			return List.of();
		}
		List<Labelled> rows = new ArrayList<>();
		for (NhsRegion region : NhsRegion.values()) {
			Bucket bucket = this.summary.byRegion().get(region.name());
			if (bucket != null) {
				rows.add(new Labelled(region.label(), bucket));
			}
		}
		Bucket unknown = this.summary.byRegion().get("");
		if (unknown != null) {
			rows.add(new Labelled("Region not known", unknown));
		}
		return rows;
	}

	List<Labelled> tendersByStatus() {
		if (this.summary == null) {
			return List.of();
		}
		return Arrays.stream(TenderStatus.values())
			.filter((status) -> this.summary.byStatus().containsKey(status.name()))
			.map((status) -> new Labelled(status.label(), this.summary.byStatus().get(status.name())))
			.toList();
	}

	private static Long count(Map<String, Bucket> buckets, String key) {
		if (buckets == null) {
			return null;
		}
		Bucket bucket = buckets.get(key);
		return (bucket != null) ? bucket.tenders() : 0L;
	}

	/**
	 * Options for one filter. {@code facet} names the facet whose counts go beside them
	 * (null for none): the page's script fills those in when the summary comes later.
	 */
	private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> value,
			Function<E, String> label, Set<E> selected, String facet, Function<E, Long> count) {
		return Arrays.stream(values)
			.map((each) -> new Option(value.apply(each), label.apply(each), selected.contains(each), count.apply(each),
					(facet != null) ? facet + "-" + each.name() : null))
			.toList();
	}

	/**
	 * A checkbox: its URL value, label, whether it is ticked, tenders in the result (or
	 * null), and the name of its place in the facet counts (or null).
	 */
	public record Option(String value, String label, boolean checked, Long count, String facet) {
	}

	/** A chart row: a label and its bucket. */
	public record Labelled(String label, Bucket bucket) {
	}

}
