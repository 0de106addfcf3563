package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a search page, each rebuilt from the whole query so no filter is ever
 * dropped.
 */
public final class SearchLinks {

	private final TenderQuery query;

	SearchLinks(TenderQuery query) {
		this.query = query;
	}

	/** Links for this query. */
	public static SearchLinks of(TenderQuery query) {
		return new SearchLinks(query);
	}

	static String url(String path, Map<String, List<String>> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		params.forEach((name, values) -> builder.queryParam(name, values.toArray()));
		return builder.encode().build().toUriString();
	}

	/** This search on another page: the HTML page, the CSV or the JSON twin. */
	public String to(String path) {
		return url(path, this.query.at(null, null).toParams());
	}

	/**
	 * The Atom feed of this search's events: its filters only, since a feed is always
	 * newest first.
	 */
	public String feed() {
		return url("/events.atom", this.query.filterParams());
	}

	/** The form that signs an address up to e-mail alerts of this search's events. */
	public String alerts() {
		return url("/alerts/new", this.query.filterParams());
	}

	public String next(SearchCursor cursor) {
		return url("/tenders", this.query.at(cursor, null).toParams());
	}

	public String previous(SearchCursor cursor) {
		return url("/tenders", this.query.at(null, cursor).toParams());
	}

	/**
	 * Sorted by a column: toggles direction when it is already the sort, back on page
	 * one.
	 */
	public String sortBy(String param) {
		SearchSort sort = SearchSort.fromParam(param).orElseThrow();
		boolean descending = (sort == this.query.sort()) ? !this.query.descending() : sort.descendingByDefault();
		return url("/tenders", this.query.sortedBy(sort, descending).toParams());
	}

	/**
	 * The current search with one value of one parameter taken away, for a removable tag.
	 */
	public String without(String name, String value) {
		Map<String, List<String>> params = this.query.at(null, null).toParams();
		List<String> values = new ArrayList<>(params.getOrDefault(name, List.of()));
		values.remove(value);
		if (values.isEmpty()) {
			params.remove(name);
		}
		else {
			params.put(name, values);
		}
		boolean valueTag = name.equals("minValue") || name.equals("maxValue");
		if (valueTag && !params.containsKey("minValue") && !params.containsKey("maxValue")) {
			params.remove("valueBasis");
		}
		if (!params.containsKey("q") && params.getOrDefault("sort", List.of()).contains("relevance")) {
			params.remove("sort");
			params.remove("dir");
		}
		return url("/tenders", params);
	}

	/**
	 * The current search without the tenders of the bodies its commissioners took over
	 * from.
	 */
	public String ownTendersOnly() {
		Map<String, List<String>> params = this.query.at(null, null).toParams();
		params.put(LineageScope.PARAM, List.of(LineageScope.OWN.param()));
		return url("/tenders", params);
	}

	public String withSize(int size) {
		Map<String, List<String>> params = this.query.at(null, null).toParams();
		params.remove("size");
		if (size != 25) {
			params.put("size", List.of(String.valueOf(size)));
		}
		return url("/tenders", params);
	}

	public boolean annual() {
		return this.query.valueBasis() == ValueBasis.ANNUAL;
	}

}
