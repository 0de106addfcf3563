package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.Ref;

/**
 * An event as pages and the API show it, with the sources that report it (archived
 * sources left out). An expected event whose date has wholly passed is {@code overdue}:
 * no source has said it happened.
 */
public record EventView(Long id, Ref tender, EventType type, LocalDate date, DatePrecision datePrecision,
		DateQualifier dateQualifier, boolean expected, boolean overdue, String description,
		List<Ref> sources) implements DatedEvent {

	/** Oldest first, in {@link StatusDerivation#ORDER}. */
	public static final Comparator<EventView> IN_ORDER = Comparator.comparing(EventView::date)
		.thenComparing((EventView event) -> event.type().stage())
		.thenComparing(EventView::id, Comparator.nullsLast(Comparator.naturalOrder()));

	/** Newest first: {@link #IN_ORDER} reversed. */
	public static final Comparator<EventView> NEWEST_FIRST = IN_ORDER.reversed();

	static EventView of(TenderEvent event, LocalDate today) {
		List<Ref> sources = event.getSources()
			.stream()
			.filter((source) -> !source.isArchived())
			.sorted(Comparator.comparing((source) -> source.getId()))
			.map((source) -> new Ref(source.getId(), source.getTitle()))
			.toList();
		boolean overdue = event.isExpected() && event.getDatePrecision().lastDay(event.getEventDate()).isBefore(today);
		return new EventView(event.getId(), new Ref(event.getTender().getId(), event.getTender().getTitle()),
				event.getType(), event.getEventDate(), event.getDatePrecision(), event.getDateQualifier(),
				event.isExpected(), overdue, event.getDescription(), sources);
	}

	@Override
	public DatePrecision precision() {
		return this.datePrecision;
	}

}
