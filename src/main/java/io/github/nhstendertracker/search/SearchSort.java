package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a tender search can be sorted by. Each key has a matching index (see V10), so
 * keyset paging can walk it in either direction. Missing latest events and values sort as
 * the smallest; missing deadlines and ends as the largest, so the soonest come first.
 */
public enum SearchSort {

	LATEST("latest", "Latest event", true), VALUE("value", "Value", true), TITLE("title", "Title", false),
	STATUS("status", "Status", false), DEADLINE("deadline", "Bid deadline", false), END("end", "Contract end", false),
	RELEVANCE("relevance", "Relevance", true);

	private final String param;

	private final String label;

	private final boolean descendingByDefault;

	SearchSort(String param, String label, boolean descendingByDefault) {
		this.param = param;
		this.label = label;
		this.descendingByDefault = descendingByDefault;
	}

	public String slug() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	public boolean descendingByDefault() {
		return this.descendingByDefault;
	}

	public static Optional<SearchSort> fromParam(String param) {
		return Arrays.stream(values()).filter((sort) -> sort.param.equals(param)).findFirst();
	}

}
