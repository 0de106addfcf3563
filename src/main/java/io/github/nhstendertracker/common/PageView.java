package io.github.nhstendertracker.common;

import java.util.List;

/**
 * One page of results, 1-based, as both templates and the JSON API show it.
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

	public int totalPages() {
		return (int) Math.max(1, (this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	public long firstItem() {
		return this.items.isEmpty() ? 0 : (long) (this.page - 1) * this.size + 1;
	}

	public long lastItem() {
		return this.items.isEmpty() ? 0 : firstItem() + this.items.size() - 1;
	}

}
