package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.tender.ContractValue;

/**
 * A tender's dates that say what is coming up: its bid deadline and its contract end,
 * each the latest-dated event of its type, expected or not. Without a reported end, the
 * end is the contract start plus the longest duration, marked as derived. The SQL twin,
 * which keeps these dates on the tender for searching, is
 * {@code tender_refresh_latest_event}.
 *
 * @param bidDeadline the bid deadline, or null
 * @param bidDeadlinePrecision how precisely it is known
 * @param contractEnd the contract end, or null
 * @param contractEndPrecision how precisely it is known
 * @param contractEndDerived whether it was worked out from the start and duration
 */
public record TenderDates(LocalDate bidDeadline, DatePrecision bidDeadlinePrecision, LocalDate contractEnd,
		DatePrecision contractEndPrecision, boolean contractEndDerived) {

	private static final Comparator<DatedEvent> BY_DATE = Comparator.comparing(DatedEvent::date);

	public static TenderDates none() {
		return new TenderDates(null, null, null, null, false);
	}

	/** The dates a tender's events and duration give it. */
	public static TenderDates of(Collection<? extends DatedEvent> events, ContractValue value) {
		Optional<? extends DatedEvent> deadline = latest(events, EventType.BID_DEADLINE);
		Optional<? extends DatedEvent> end = latest(events, EventType.CONTRACT_END);
		if (end.isPresent()) {
			return new TenderDates(date(deadline), precision(deadline), end.get().date(), end.get().precision(), false);
		}
		Optional<? extends DatedEvent> start = latest(events, EventType.CONTRACT_START);
		Integer months = (value != null) ? value.longestDurationMonths() : null;
		if (start.isEmpty() || months == null) {
			return new TenderDates(date(deadline), precision(deadline), null, null, false);
		}
		return new TenderDates(date(deadline), precision(deadline), start.get().date().plusMonths(months),
				start.get().precision(), true);
	}

	/**
	 * Whether the bid deadline is over: the whole of its last possible day has passed.
	 */
	public boolean deadlinePassed(LocalDate today) {
		return this.bidDeadline != null && this.bidDeadlinePrecision.lastDay(this.bidDeadline).isBefore(today);
	}

	/** Whether the contract has ended: the whole of its last possible day has passed. */
	public boolean contractEnded(LocalDate today) {
		return this.contractEnd != null && this.contractEndPrecision.lastDay(this.contractEnd).isBefore(today);
	}

	/**
	 * Days from today to the last day of the bid deadline (0 on the day itself), or null
	 * when there is none or it has passed.
	 */
	public Long daysToDeadline(LocalDate today) {
		if (this.bidDeadline == null || deadlinePassed(today)) {
			return null;
		}
		return ChronoUnit.DAYS.between(today, this.bidDeadlinePrecision.lastDay(this.bidDeadline));
	}

	private static Optional<? extends DatedEvent> latest(Collection<? extends DatedEvent> events, EventType type) {
		return events.stream().filter((event) -> event.type() == type).max(BY_DATE);
	}

	private static LocalDate date(Optional<? extends DatedEvent> event) {
		return event.map(DatedEvent::date).orElse(null);
	}

	private static DatePrecision precision(Optional<? extends DatedEvent> event) {
		return event.map(DatedEvent::precision).orElse(null);
	}

}
