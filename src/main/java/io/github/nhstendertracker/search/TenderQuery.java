package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.util.MultiValueMap;

/**
 * An analyst's search: every filter, the sort and the page position, as plain GET
 * parameters. The same object drives the HTML page, the CSV and the JSON API. Filters
 * combine with AND; the values of one multi-valued filter combine with OR.
 */
public record TenderQuery(String q, BigDecimal minValue, BigDecimal maxValue, ValueBasis valueBasis,
		Set<NhsRegion> regions, Set<ItlRegion> itls, Set<Long> commissioners, LineageScope lineage, Set<Long> bidders,
		Set<TenderStatus> statuses, Set<ServiceArea> serviceAreas, Set<EventType> events, LocalDate from, LocalDate to,
		Set<String> cpvCodes, String ocid, DueDates dueDates, SearchSort sort, boolean descending, int size,
		SearchCursor after, SearchCursor before) {

	public static final List<Integer> SIZES = List.of(25, 50, 100);

	static final int MAX_KEYWORDS = 200;

	static final int MAX_VALUES = 50;

	public static TenderQuery all() {
		return new TenderQuery(null, null, null, ValueBasis.TOTAL, Set.of(), Set.of(), Set.of(), LineageScope.ALL,
				Set.of(), Set.of(), Set.of(), Set.of(), null, null, Set.of(), null, DueDates.NONE, SearchSort.LATEST,
				true, 25, null, null);
	}

	/**
	 * When a tender's bid deadline, and when its contract end, must fall (inclusive; null
	 * for no bound). A date known only to the month or year is the first day of it.
	 */
	public record DueDates(LocalDate deadlineFrom, LocalDate deadlineTo, LocalDate endFrom, LocalDate endTo) {

		public static final DueDates NONE = new DueDates(null, null, null, null);

		public boolean any() {
			return hasDeadline() || hasEnd();
		}

		public boolean hasDeadline() {
			return this.deadlineFrom != null || this.deadlineTo != null;
		}

		public boolean hasEnd() {
			return this.endFrom != null || this.endTo != null;
		}

	}

	public boolean hasKeywords() {
		return this.q != null;
	}

	public boolean hasValueFilter() {
		return this.minValue != null || this.maxValue != null;
	}

	public boolean hasFilters() {
		return hasKeywords() || hasValueFilter() || !this.regions.isEmpty() || !this.itls.isEmpty()
				|| !this.commissioners.isEmpty() || !this.bidders.isEmpty() || !this.statuses.isEmpty()
				|| !this.serviceAreas.isEmpty() || !this.events.isEmpty() || this.from != null || this.to != null
				|| !this.cpvCodes.isEmpty() || this.ocid != null || this.dueDates.any();
	}

	/**
	 * This query moved to another position (cursor), keeping every filter and the sort.
	 */
	public TenderQuery at(SearchCursor after, SearchCursor before) {
		return new TenderQuery(this.q, this.minValue, this.maxValue, this.valueBasis, this.regions, this.itls,
				this.commissioners, this.lineage, this.bidders, this.statuses, this.serviceAreas, this.events,
				this.from, this.to, this.cpvCodes, this.ocid, this.dueDates, this.sort, this.descending, this.size,
				after, before);
	}

	/** This query sorted another way, keeping every filter, back on the first page. */
	public TenderQuery sortedBy(SearchSort sort, boolean descending) {
		return new TenderQuery(this.q, this.minValue, this.maxValue, this.valueBasis, this.regions, this.itls,
				this.commissioners, this.lineage, this.bidders, this.statuses, this.serviceAreas, this.events,
				this.from, this.to, this.cpvCodes, this.ocid, this.dueDates, sort, descending, this.size, null, null);
	}

	/**
	 * What a CPV code matches: itself and every code under it, that is the codes that
	 * start with its digits before the trailing zeros (at least the two of its division),
	 * so {@code 85100000} matches {@code 85121200}.
	 */
	static String cpvPrefix(String code) {
		String prefix = code.replaceFirst("0+$", "");
		return (prefix.length() < 2) ? code.substring(0, 2) : prefix;
	}

	/**
	 * The query as canonical URL parameters: plain numbers for money, slugs for enums,
	 * nothing for defaults. Filters only: sort, size and cursors are added by
	 * {@link #toParams()}.
	 */
	public Map<String, List<String>> filterParams() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		put(params, SearchParameter.Q, this.q);
		put(params, SearchParameter.MIN_VALUE, plain(this.minValue));
		put(params, SearchParameter.MAX_VALUE, plain(this.maxValue));
		// Kept even without a value filter: the basis also decides the value sort and the
		// summed value, so a link without it would change both (and break the cursor).
		if (this.valueBasis == ValueBasis.ANNUAL) {
			put(params, SearchParameter.VALUE_BASIS, "annual");
		}
		this.regions.forEach((region) -> add(params, SearchParameter.REGION, region.slug()));
		this.itls.forEach((itl) -> add(params, SearchParameter.ITL, itl.code()));
		this.commissioners.forEach((id) -> add(params, SearchParameter.COMMISSIONER, id.toString()));
		if (this.lineage == LineageScope.OWN) {
			put(params, SearchParameter.LINEAGE, this.lineage.param());
		}
		this.bidders.forEach((id) -> add(params, SearchParameter.BIDDER, id.toString()));
		this.statuses.forEach((status) -> add(params, SearchParameter.STATUS, Slugs.of(status)));
		this.serviceAreas.forEach((area) -> add(params, SearchParameter.SERVICE_AREA, Slugs.of(area)));
		this.events.forEach((event) -> add(params, SearchParameter.EVENT, Slugs.of(event)));
		put(params, SearchParameter.FROM, iso(this.from));
		put(params, SearchParameter.TO, iso(this.to));
		this.cpvCodes.forEach((code) -> add(params, SearchParameter.CPV, code));
		put(params, SearchParameter.OCID, this.ocid);
		put(params, SearchParameter.DEADLINE_FROM, iso(this.dueDates.deadlineFrom()));
		put(params, SearchParameter.DEADLINE_TO, iso(this.dueDates.deadlineTo()));
		put(params, SearchParameter.END_FROM, iso(this.dueDates.endFrom()));
		put(params, SearchParameter.END_TO, iso(this.dueDates.endTo()));
		return params;
	}

	/** Filters plus sort, size and position, omitting defaults. */
	public Map<String, List<String>> toParams() {
		Map<String, List<String>> params = filterParams();
		SearchSort defaultSort = hasKeywords() ? SearchSort.RELEVANCE : SearchSort.LATEST;
		if (this.sort != defaultSort || this.descending != this.sort.descendingByDefault()) {
			put(params, SearchParameter.SORT, this.sort.slug());
			put(params, SearchParameter.DIR, this.descending ? "desc" : "asc");
		}
		if (this.size != 25) {
			put(params, SearchParameter.SIZE, String.valueOf(this.size));
		}
		put(params, SearchParameter.AFTER, (this.after != null) ? this.after.token() : null);
		put(params, SearchParameter.BEFORE, (this.before != null) ? this.before.token() : null);
		return params;
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : null;
	}

	private static void put(Map<String, List<String>> params, SearchParameter parameter, String value) {
		if (value != null) {
			params.put(parameter.param(), List.of(value));
		}
	}

	private static void add(Map<String, List<String>> params, SearchParameter parameter, String value) {
		params.computeIfAbsent(parameter.param(), (key) -> new ArrayList<>()).add(value);
	}

	/**
	 * Reads a query from request parameters. Every problem is reported against the
	 * parameter that caused it, with a message a person can act on; nothing is silently
	 * dropped.
	 */
	public static Parsed parse(MultiValueMap<String, String> params) {
		return new TenderQueryParser(params).parse();
	}

	/**
	 * The outcome of parsing: the query (with any bad parameter left at its default), the
	 * errors by parameter name, and whether the URL was already in canonical form.
	 */
	public record Parsed(TenderQuery query, Map<String, String> errors, boolean canonical) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

}
