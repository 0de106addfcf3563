package io.github.nhstendertracker.tender;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a tender table can be sorted by, each with its SQL ordering. Only these
 * reach SQL.
 */
public enum TenderSort {

	TITLE("title", "lower(t.title) %s, t.id %s"),
	VALUE("value", "coalesce(t.value_low, t.value_high) %s nulls last, t.id %s"), STATUS("status", """
			case t.status when 'PLANNED' then 1 when 'OPEN' then 2 when 'PREFERRED_BIDDER' then 3
			when 'AWARDED' then 4 when 'DELAYED' then 5 when 'PAUSED' then 6 when 'COLLAPSED' then 7
			else 8 end %s, t.id %s"""), LATEST("latest", "latest.event_date %s nulls last, t.id %s");

	private final String param;

	private final String orderBy;

	TenderSort(String param, String orderBy) {
		this.param = param;
		this.orderBy = orderBy;
	}

	public String param() {
		return this.param;
	}

	String orderBy(boolean descending) {
		String direction = descending ? "desc" : "asc";
		return this.orderBy.formatted(direction, direction);
	}

	public static Optional<TenderSort> fromParam(String param) {
		return Arrays.stream(values()).filter((sort) -> sort.param.equals(param)).findFirst();
	}

}
