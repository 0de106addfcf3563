package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The one place that says how events and the clock decide a tender's status. Every event
 * that has happened, in timeline order, moves the status as {@link #next} says; expected
 * events never move it. Then the clock {@linkplain #settle settles} it: an open tender
 * whose bid deadline has passed is awaiting award, and an awarded contract whose end has
 * passed has ended. The stored status ({@link TenderEvents#refreshStatus}) and the
 * lifecycle's replay ({@link TenderLifecycle}) both fold a timeline with these rules, and
 * {@link StatusClock} settles every stored status as days pass.
 */
public final class StatusDerivation {

	/**
	 * The timeline order: by date; where dates tie (as events dated only "by February
	 * 2016" do), by their place in a tender's life ({@link EventType#stage}); then entry
	 * order, with unsaved events last.
	 */
	public static final Comparator<Step> ORDER = Comparator.comparing(Step::date)
		.thenComparing((Step step) -> step.type().stage())
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

	/**
	 * The status the clock moves a folded status to: an open tender whose bid deadline
	 * has passed is awaiting award, an awarded contract whose end has passed has ended,
	 * and any other status stays. {@link StatusClock} writes the same rule in SQL for
	 * every tender at once.
	 */
	public static TenderStatus settle(TenderStatus folded, TenderDates dates, LocalDate today) {
		if (folded == TenderStatus.OPEN && dates.deadlinePassed(today)) {
			return TenderStatus.AWAITING_AWARD;
		}
		if (folded == TenderStatus.AWARDED && dates.contractEnded(today)) {
			return TenderStatus.ENDED;
		}
		return folded;
	}

	/** The status a tender's stored events leave it in, before the clock settles it. */
	public static TenderStatus derive(List<TenderEvent> events) {
		return fold(events.stream().map(Step::of).toList());
	}

	/** The status a tender's stored events, its dates and the day leave it in. */
	public static TenderStatus derive(List<TenderEvent> events, TenderDates dates, LocalDate today) {
		return settle(derive(events), dates, today);
	}

}
