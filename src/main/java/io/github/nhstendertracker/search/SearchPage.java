package io.github.nhstendertracker.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * Everything the search page shows: the form as typed, errors, applied filters as
 * removable tags, filter options with counts from the current result, and the result
 * itself.
 */
public final class SearchPage {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final MoneyFormat MONEY = new MoneyFormat();

	private final TenderQuery query;

	private final Map<String, String> errors;

	private final Map<String, String> form;

	private final Map<Long, String> commissionerNames;

	private final Map<Long, String> bidderNames;

	private final SearchLinks links;

	private SearchResult result;

	private boolean summaryTookTooLong;

	SearchPage(TenderQuery query, Map<String, String> errors, Map<String, String> form,
			Map<Long, String> commissionerNames, Map<Long, String> bidderNames) {
		this.query = query;
		this.errors = new LinkedHashMap<>(errors);
		this.form = form;
		this.commissionerNames = commissionerNames;
		this.bidderNames = bidderNames;
		this.links = new SearchLinks(query);
	}

	/**
	 * A page for the query with the names of its commissioners and bidders looked up, and
	 * an error for any id that does not exist.
	 */
	static SearchPage checked(TenderQuery query, Map<String, String> errors, Map<String, String> form,
			PartyNames names) {
		SearchPage page = new SearchPage(query, errors, form,
				names.names(PartyNames.Party.COMMISSIONER, query.commissioners()),
				names.names(PartyNames.Party.BIDDER, query.bidders()));
		page.checkIds();
		return page;
	}

	/** Adds an error for each commissioner or bidder id that does not exist. */
	void checkIds() {
		this.query.commissioners()
			.stream()
			.filter((id) -> !this.commissionerNames.containsKey(id))
			.findFirst()
			.ifPresent((id) -> this.errors.put("commissioner", "There is no commissioner with id " + id));
		this.query.bidders()
			.stream()
			.filter((id) -> !this.bidderNames.containsKey(id))
			.findFirst()
			.ifPresent((id) -> this.errors.put("bidder", "There is no bidder with id " + id));
	}

	void show(SearchResult result) {
		this.result = result;
	}

	/** Marks that summarising the whole result was given up as too slow. */
	void summaryTookTooLong() {
		this.summaryTookTooLong = true;
	}

	public boolean isSummaryTookTooLong() {
		return this.summaryTookTooLong;
	}

	/** Where the summary of a result too large to summarise at once is worked out. */
	public String summaryUrl() {
		return this.links.to("/tenders/summary");
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public Map<String, String> errors() {
		return this.errors;
	}

	/** The id of the form field a parameter's error should link to. */
	public String fieldId(String param) {
		return switch (param) {
			case "sort", "dir", "after", "before", "size" -> "results";
			// Ids travel in hidden inputs; the field a person can fix is the name box.
			case "commissioner" -> "commissionerName";
			case "bidder" -> "bidderName";
			default -> param;
		};
	}

	/**
	 * The error to show inline on a form field, or null: the first error that links to it
	 * (so a bad commissioner id shows on the commissioner name box).
	 */
	public String fieldError(String field) {
		return this.errors.entrySet()
			.stream()
			.filter((error) -> fieldId(error.getKey()).equals(field))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	public String formValue(String name) {
		return this.form.getOrDefault(name, "");
	}

	public TenderQuery query() {
		return this.query;
	}

	public SearchResult result() {
		return this.result;
	}

	public SearchLinks links() {
		return this.links;
	}

	public Map<Long, String> commissionerNames() {
		return this.commissionerNames;
	}

	public Map<Long, String> bidderNames() {
		return this.bidderNames;
	}

	public int countLimit() {
		return TenderSearch.COUNT_LIMIT;
	}

	/** The sorts on offer: relevance only when there are keywords. */
	public List<SearchSort> sortOptions() {
		return Arrays.stream(SearchSort.values())
			.filter((sort) -> sort != SearchSort.RELEVANCE || this.query.hasKeywords())
			.toList();
	}

	public List<Option> regionOptions() {
		return options(NhsRegion.values(), NhsRegion::slug, NhsRegion::label, this.query.regions(), "region",
				(region) -> count(summary() != null ? summary().byRegion() : null, region.name()));
	}

	public List<Option> itlOptions() {
		return options(ItlRegion.values(), ItlRegion::code, (itl) -> itl.label() + " (" + itl.code() + ")",
				this.query.itls(), null, (itl) -> null);
	}

	public List<Option> statusOptions() {
		return options(TenderStatus.values(), Slugs::of, TenderStatus::label, this.query.statuses(), "status",
				(status) -> count(summary() != null ? summary().byStatus() : null, status.name()));
	}

	public List<Option> serviceAreaOptions() {
		return options(ServiceArea.values(), Slugs::of, ServiceArea::label, this.query.serviceAreas(), "area",
				(area) -> count(summary() != null ? summary().byServiceArea() : null, area.name()));
	}

	public List<Option> eventOptions() {
		return options(EventType.values(), Slugs::of, EventType::label, this.query.events(), null, (event) -> null);
	}

	/** Each applied filter value as a tag whose link removes just that value. */
	public List<Tag> tags() {
		List<Tag> tags = new ArrayList<>();
		TenderQuery q = this.query;
		String basis = (q.valueBasis() == io.github.nhstendertracker.tender.ValueBasis.ANNUAL) ? " a year" : "";
		if (q.q() != null) {
			tags.add(new Tag("Keywords", q.q(), this.links.without("q", q.q())));
		}
		if (q.minValue() != null) {
			tags.add(new Tag("Value", "from " + MONEY.compact(q.minValue()) + basis,
					this.links.without("minValue", q.minValue().toPlainString())));
		}
		if (q.maxValue() != null) {
			tags.add(new Tag("Value", "up to " + MONEY.compact(q.maxValue()) + basis,
					this.links.without("maxValue", q.maxValue().toPlainString())));
		}
		q.regions().forEach((r) -> tags.add(new Tag("NHS region", r.label(), this.links.without("region", r.slug()))));
		q.itls().forEach((r) -> tags.add(new Tag("ITL1 region", r.label(), this.links.without("itl", r.code()))));
		this.commissionerNames.forEach((id, name) -> tags
			.add(new Tag("Commissioner", name, this.links.without("commissioner", id.toString()))));
		this.bidderNames
			.forEach((id, name) -> tags.add(new Tag("Bidder", name, this.links.without("bidder", id.toString()))));
		q.statuses().forEach((s) -> tags.add(new Tag("Status", s.label(), this.links.without("status", Slugs.of(s)))));
		q.serviceAreas()
			.forEach((a) -> tags
				.add(new Tag("Service area", a.label(), this.links.without("serviceArea", Slugs.of(a)))));
		q.events().forEach((e) -> tags.add(new Tag("Has had", e.label(), this.links.without("event", Slugs.of(e)))));
		if (q.from() != null) {
			tags.add(new Tag("Events from", DAY.format(q.from()), this.links.without("from", q.from().toString())));
		}
		if (q.to() != null) {
			tags.add(new Tag("Events to", DAY.format(q.to()), this.links.without("to", q.to().toString())));
		}
		return tags;
	}

	/**
	 * Regions in a fixed order with their tenders and value, for the chart and its table.
	 */
	public List<Labelled> valueByRegion() {
		if (summary() == null) {
			return List.of();
		}
		List<Labelled> rows = new ArrayList<>();
		for (NhsRegion region : NhsRegion.values()) {
			Bucket bucket = summary().byRegion().get(region.name());
			if (bucket != null) {
				rows.add(new Labelled(region.label(), bucket));
			}
		}
		Bucket unknown = summary().byRegion().get("");
		if (unknown != null) {
			rows.add(new Labelled("Region not known", unknown));
		}
		return rows;
	}

	public List<Labelled> tendersByStatus() {
		if (summary() == null) {
			return List.of();
		}
		return Arrays.stream(TenderStatus.values())
			.filter((status) -> summary().byStatus().containsKey(status.name()))
			.map((status) -> new Labelled(status.label(), summary().byStatus().get(status.name())))
			.toList();
	}

	private SearchResult.Summary summary() {
		return (this.result != null) ? this.result.summary() : null;
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

	/** An applied filter: what it is, its value, and the link that removes it. */
	public record Tag(String filter, String value, String removeUrl) {
	}

	/** A chart row: a label and its bucket. */
	public record Labelled(String label, Bucket bucket) {
	}

}
