package io.github.nhstendertracker.event;

import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The one place that says how events decide a tender's status. Every event that has
 * happened, in timeline order (date, then entry order, an unsaved event last), moves the
 * status as {@link #next} says; expected events never move it. The stored status
 * ({@link TenderEvents#refreshStatus}) and the lifecycle's replay
 * ({@link TenderLifecycle}) both fold a timeline with these rules.
 */
public final class StatusDerivation {

	/** The timeline order: by date, then entry order, with unsaved events last. */
	public static final Comparator<Step> ORDER = Comparator.comparing(Step::date)
		.thenComparing(Step::id, Comparator.nullsLast(Comparator.naturalOrder()));

	private StatusDerivation() {
	}

	/**
	 * The status a tender has after an event.
	 * @param current the status before it
	 * @param type what happened
	 * @param expected whether it is only expected (then the status stays)
	 * @return the status after it
	 */
	public static TenderStatus next(TenderStatus current, EventType type, boolean expected) {
		if (expected) {
			return current;
		}
		return switch (type) {
			case NOTICE_PUBLISHED -> TenderStatus.OPEN;
			case BIDDERS_NAMED, BID_DEADLINE, CONSORTIUM_FORMING ->
				(current == TenderStatus.PLANNED) ? TenderStatus.OPEN : current;
			case PREFERRED_BIDDER -> TenderStatus.PREFERRED_BIDDER;
			case AWARD, CONTRACT_SIGNED, CONTRACT_START -> TenderStatus.AWARDED;
			case PAUSE -> TenderStatus.PAUSED;
			case DELAY -> TenderStatus.DELAYED;
			case COLLAPSE, TERMINATION -> TenderStatus.COLLAPSED;
			case CANCELLATION -> TenderStatus.CANCELLED;
			case MARKET_ENGAGEMENT, BOARD_DECISION, REVIEW, WITHDRAWAL, AMENDMENT, CONTRACT_END -> current;
		};
	}

	/** The status a timeline leaves a tender in. */
	public static TenderStatus fold(List<Step> timeline) {
		TenderStatus status = TenderStatus.PLANNED;
		for (Step step : timeline.stream().sorted(ORDER).toList()) {
			status = next(status, step.type(), step.expected());
		}
		return status;
	}

	/** The status a tender's stored events leave it in. */
	public static TenderStatus derive(List<TenderEvent> events) {
		return fold(events.stream().map(Step::of).toList());
	}

}
