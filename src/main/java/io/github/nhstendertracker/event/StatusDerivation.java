package io.github.nhstendertracker.event;

import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.tender.TenderStatus;

/**
 * Derives a tender's status from its events: every event that has happened, in date order
 * (then entry order), moves the status as its type says. Expected events are ignored.
 */
public final class StatusDerivation {

	static final Comparator<TenderEvent> TIMELINE_ORDER = Comparator.comparing(TenderEvent::getEventDate)
		.thenComparing(TenderEvent::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	private StatusDerivation() {
	}

	public static TenderStatus derive(List<TenderEvent> events) {
		TenderStatus status = TenderStatus.PLANNED;
		for (TenderEvent event : events.stream().sorted(TIMELINE_ORDER).toList()) {
			if (!event.isExpected()) {
				status = event.getType().apply(status);
			}
		}
		return status;
	}

}
