package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.Ref;

/**
 * An event as pages and the API show it, with the sources that report it (archived
 * sources left out).
 */
public record EventView(Long id, Ref tender, EventType type, LocalDate date, DatePrecision datePrecision,
		DateQualifier dateQualifier, boolean expected, String description, List<Ref> sources) {

	static EventView of(TenderEvent event) {
		List<Ref> sources = event.getSources()
			.stream()
			.filter((source) -> !source.isArchived())
			.sorted(Comparator.comparing((source) -> source.getId()))
			.map((source) -> new Ref(source.getId(), source.getTitle()))
			.toList();
		return new EventView(event.getId(), new Ref(event.getTender().getId(), event.getTender().getTitle()),
				event.getType(), event.getEventDate(), event.getDatePrecision(), event.getDateQualifier(),
				event.isExpected(), event.getDescription(), sources);
	}

}
