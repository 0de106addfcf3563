package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.commissioner.Predecessors;
import io.github.nhstendertracker.common.Ref;

/**
 * Everything the search page shows: the form as typed, errors, applied filters as
 * removable tags, filter options with counts from the current result, and the result
 * itself.
 */
public final class SearchPage {

	private final TenderQuery query;

	private final Map<String, String> errors;

	private final Map<String, String> form;

	private final Map<Long, String> commissionerNames;

	private final Map<Long, String> bidderNames;

	private final SearchLinks links;

	private Predecessors predecessors;

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
		this.predecessors = Predecessors.none(query.commissioners());
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

	/** The bodies the query's commissioners took over from, to say so and mark rows. */
	void lineage(Predecessors predecessors) {
		this.predecessors = predecessors;
	}

	/**
	 * The bodies the commissioners filtered on took over from, every generation back
	 * (empty without a commissioner filter).
	 */
	public Predecessors predecessors() {
		return this.predecessors;
	}

	/**
	 * Whether the result leaves out the tenders of bodies the commissioners took over
	 * from.
	 */
	public boolean ownTendersOnly() {
		return this.query.lineage() == LineageScope.OWN;
	}

	/**
	 * The bodies through which a row matches the commissioner filter, when it matches
	 * only through bodies they took over from; else empty.
	 */
	public List<Ref> via(TenderRow row) {
		return ownTendersOnly() ? List.of() : this.predecessors.via(row.commissioners());
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

	public List<SearchFacets.Option> regionOptions() {
		return facets().regionOptions();
	}

	public List<SearchFacets.Option> itlOptions() {
		return facets().itlOptions();
	}

	public List<SearchFacets.Option> statusOptions() {
		return facets().statusOptions();
	}

	public List<SearchFacets.Option> serviceAreaOptions() {
		return facets().serviceAreaOptions();
	}

	public List<SearchFacets.Option> eventOptions() {
		return facets().eventOptions();
	}

	/** Each applied filter value as a tag whose link removes just that value. */
	public List<FilterTags.Tag> tags() {
		return FilterTags.of(this.query, this.links, this.commissionerNames, this.bidderNames, this.predecessors);
	}

	/**
	 * Regions in a fixed order with their tenders and value, for the chart and its table.
	 */
	public List<SearchFacets.Labelled> valueByRegion() {
		return facets().valueByRegion();
	}

	public List<SearchFacets.Labelled> tendersByStatus() {
		return facets().tendersByStatus();
	}

	private SearchFacets facets() {
		return new SearchFacets(this.query, (this.result != null) ? this.result.summary() : null);
	}

}
