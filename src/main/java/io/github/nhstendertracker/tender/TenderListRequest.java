package io.github.nhstendertracker.tender;

import io.github.nhstendertracker.system.BadRequestException;
import io.github.nhstendertracker.system.ListRequest;

/**
 * The tender list's query parameters, checked. Both the page and the API use it, so they
 * accept and refuse the same things.
 */
record TenderListRequest(TenderSort sort, boolean descending, ListRequest paging) {

	static TenderListRequest of(String sort, String dir, String page, String size) {
		TenderSort column = (sort == null || sort.isBlank()) ? TenderSort.LATEST : TenderSort.fromParam(sort)
			.orElseThrow(() -> new BadRequestException("Sort must be one of: title, value, status, latest."));
		boolean descending;
		if (dir == null || dir.isBlank()) {
			descending = column == TenderSort.LATEST || column == TenderSort.VALUE;
		}
		else if (dir.equals("asc") || dir.equals("desc")) {
			descending = dir.equals("desc");
		}
		else {
			throw new BadRequestException("Direction must be asc or desc.");
		}
		return new TenderListRequest(column, descending, ListRequest.of(page, size));
	}

	String dir() {
		return this.descending ? "desc" : "asc";
	}

}
