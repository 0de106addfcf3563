package io.github.nhstendertracker.common;

import java.util.Set;

/**
 * Paging for a list page, checked: a 1-based page and one of the offered page sizes.
 */
public record ListRequest(int page, int size) {

	public static final Set<Integer> SIZES = Set.of(25, 50, 100);

	public static ListRequest of(String page, String size) {
		int pageNumber = parse(page, 1, "Page");
		int pageSize = parse(size, 25, "Page size");
		if (pageNumber < 1) {
			throw new BadRequestException("Page must be 1 or more.");
		}
		if (!SIZES.contains(pageSize)) {
			throw new BadRequestException("Page size must be 25, 50 or 100.");
		}
		return new ListRequest(pageNumber, pageSize);
	}

	/** Refuses a page past the last one (an empty list still has page 1). */
	public void checkWithin(PageView<?> result) {
		if (this.page > result.totalPages()) {
			throw new BadRequestException(
					"There is no page " + this.page + ". The last page is " + result.totalPages() + ".");
		}
	}

	private static int parse(String value, int fallback, String name) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
			throw new BadRequestException(name + " must be a whole number.");
		}
		return Integer.parseInt(value);
	}

}
