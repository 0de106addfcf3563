package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The one place that decides which events make sense in a tender's timeline. A timeline
 * is replayed in timeline order ({@link StatusDerivation#ORDER}: date, then place in a
 * tender's life, then entry order, a new event last); each step is checked against the
 * state the tender was in at that point, then moves the status with
 * {@link StatusDerivation#next}, in {@link StatusDerivation#ORDER}, so the replay and the
 * stored status never disagree.
 * <p>
 * Rules for an event that has happened:
 * <ul>
 * <li>After a COLLAPSE or CANCELLATION the tender is closed: only a REVIEW or a
 * BOARD_DECISION may follow. So no award, preferred bidder, contract start, notice, bid
 * deadline, pause, delay or second collapse or cancellation.</li>
 * <li>A COLLAPSE needs an earlier AWARD or PREFERRED_BIDDER: a tender that never got that
 * far is cancelled, not collapsed.</li>
 * <li>A CONTRACT_START needs an earlier AWARD.</li>
 * <li>A PAUSE is refused while the tender is already paused. The tender resumes with its
 * next progressing event; a DELAY is allowed whenever the tender is open.</li>
 * <li>A BID_DEADLINE must fall after a NOTICE_PUBLISHED, if the timeline has one. Dates
 * are compared at the coarser of their two precisions; only a deadline that is certainly
 * not after every notice is refused.</li>
 * </ul>
 * An expected event is only checked against the closed-tender rule (nothing but a review
 * or a board decision can be expected after a collapse or cancellation), and never moves
 * the status.
 * <p>
 * Timelines recorded before these rules may already break them. A change is refused only
 * for problems it introduces: {@link #newProblem} compares the timeline before and after.
 */
public final class TenderLifecycle {

	private static final Set<EventType> AFTER_CLOSE = EnumSet.of(EventType.REVIEW, EventType.BOARD_DECISION);

	private static final PartialDates DATES = new PartialDates();

	private TenderLifecycle() {
	}

	/**
	 * One event as the lifecycle sees it.
	 *
	 * @param id the event's id, or null for an event not saved yet
	 * @param type what happened
	 * @param date the date, at its precision
	 * @param precision how precisely the date is known
	 * @param expected whether it is only expected
	 */
	public record Step(Long id, EventType type, LocalDate date, DatePrecision precision,
			boolean expected) implements DatedEvent {

		static Step of(TenderEvent event) {
			return new Step(event.getId(), event.getType(), event.getEventDate(), event.getDatePrecision(),
					event.isExpected());
		}

		String when() {
			return DATES.format(this.date, this.precision);
		}

		String describe() {
			return (this.expected ? "the expected event \u201c" : "the event \u201c") + this.type.label() + "\u201d ("
					+ when() + ")";
		}

	}

	/**
	 * A step that does not make sense where it is.
	 *
	 * @param step the step
	 * @param reason why, as a sentence an editor can act on
	 * @param field the form field the reason is about: {@code type} or {@code date}
	 */
	public record Problem(Step step, String reason, String field) {

		/** The reason, naming the step unless it is the one being changed. */
		public String explain(Step changed) {
			if (changed != null && Objects.equals(this.step, changed)) {
				return this.reason;
			}
			return "This would leave " + this.step.describe() + " out of place: " + this.reason;
		}

	}

	/** Every step that breaks a rule, in timeline order. */
	public static List<Problem> problems(List<Step> timeline) {
		List<Step> ordered = timeline.stream().sorted(StatusDerivation.ORDER).toList();
		List<Step> notices = ordered.stream()
			.filter((step) -> !step.expected() && step.type() == EventType.NOTICE_PUBLISHED)
			.toList();
		List<Problem> problems = new ArrayList<>();
		TenderStatus status = TenderStatus.PLANNED;
		Step closedBy = null;
		boolean awarded = false;
		boolean preferred = false;
		for (Step step : ordered) {
			String reason = closedReason(step, closedBy);
			String field = "type";
			if (reason == null && !step.expected()) {
				reason = happenedReason(step, status, awarded, preferred);
				if (reason == null && step.type() == EventType.BID_DEADLINE) {
					reason = deadlineReason(step, notices);
					field = "date";
				}
			}
			if (reason != null) {
				problems.add(new Problem(step, reason, field));
			}
			if (!step.expected()) {
				status = StatusDerivation.next(status, step.type(), false);
				awarded |= step.type() == EventType.AWARD || step.type() == EventType.CONTRACT_SIGNED;
				preferred |= step.type() == EventType.AWARD || step.type() == EventType.PREFERRED_BIDDER;
				if (closedBy == null && isClosing(step.type())) {
					closedBy = step;
				}
			}
		}
		return problems;
	}

	/**
	 * The first problem in {@code after} that {@code before} did not already have, or
	 * empty if the change keeps the timeline as sound as it was. Other expected events
	 * never block a change: cancelling a tender leaves its expected contract start moot,
	 * not wrong.
	 * @param before the timeline as stored
	 * @param after the timeline with the change
	 * @param changedId the id of the event added (null), changed or removed
	 */
	public static Optional<Problem> newProblem(List<Step> before, List<Step> after, Long changedId) {
		Set<String> known = new HashSet<>();
		for (Problem problem : problems(before)) {
			known.add(problem.step().id() + "|" + problem.reason());
		}
		return problems(after).stream()
			.filter((problem) -> problem.step().id() == null || Objects.equals(problem.step().id(), changedId)
					|| !problem.step().expected())
			.filter((problem) -> problem.step().id() == null
					|| !known.contains(problem.step().id() + "|" + problem.reason()))
			.findFirst();
	}

	/**
	 * Why a bidder cannot be given the Awarded role on a tender with this timeline: a
	 * tender that was collapsed or cancelled without ever being awarded has no awarded
	 * bidder. Empty when the role makes sense.
	 */
	public static Optional<String> awardedRoleProblem(List<Step> timeline) {
		List<Step> happened = timeline.stream()
			.filter((step) -> !step.expected())
			.sorted(StatusDerivation.ORDER)
			.toList();
		boolean awarded = happened.stream().anyMatch((step) -> step.type() == EventType.AWARD);
		Optional<Step> closed = happened.stream().filter((step) -> isClosing(step.type())).findFirst();
		if (awarded || closed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("The tender " + closedVerb(closed.get()) + " without being awarded, so no bidder "
				+ "can have the Awarded role. Record the award event first if it was awarded.");
	}

	private static String closedReason(Step step, Step closedBy) {
		if (closedBy == null || AFTER_CLOSE.contains(step.type())) {
			return null;
		}
		String closed = "The tender " + closedVerb(closedBy);
		if (step.expected()) {
			return closed + ", so nothing but a review or a board decision can be expected after it";
		}
		String already = "The tender "
				+ ((closedBy.type() == EventType.COLLAPSE) ? "has already collapsed" : "was already cancelled") + " ("
				+ closedBy.when() + ")";
		if (step.type() == closedBy.type()) {
			return already;
		}
		if (step.type() == EventType.AWARD && closedBy.type() == EventType.CANCELLATION) {
			return "A cancelled tender cannot be awarded: it was cancelled (" + closedBy.when() + ")";
		}
		if (isClosing(step.type())) {
			return already + ", so it cannot also be "
					+ ((step.type() == EventType.COLLAPSE) ? "collapsed" : "cancelled");
		}
		return closed + ", so only a review or a board decision can follow it";
	}

	private static String happenedReason(Step step, TenderStatus status, boolean awarded, boolean preferred) {
		return switch (step.type()) {
			case COLLAPSE -> (awarded || preferred) ? null
					: "Only a tender that was awarded or had a preferred bidder can collapse. "
							+ "This one had neither by then: record a cancellation instead";
			case CONTRACT_START ->
				awarded ? null : "The contract cannot start before it is awarded: add the award first";
			case TERMINATION -> awarded ? null : "Only an awarded contract can be terminated: add the award first";
			case PAUSE -> (status == TenderStatus.PAUSED)
					? "The tender is already paused by then; it resumes with its next event" : null;
			default -> null;
		};
	}

	private static String deadlineReason(Step deadline, List<Step> notices) {
		if (notices.isEmpty() || notices.stream().anyMatch((notice) -> !certainlyNotAfter(deadline, notice))) {
			return null;
		}
		return "The bid deadline must be after the notice was published (" + notices.get(0).when() + ")";
	}

	/** Whether {@code a} is certainly on or before {@code b}, given both precisions. */
	private static boolean certainlyNotAfter(Step a, Step b) {
		DatePrecision coarser = (a.precision().compareTo(b.precision()) >= 0) ? a.precision() : b.precision();
		LocalDate left = truncate(a.date(), coarser);
		LocalDate right = truncate(b.date(), coarser);
		if (left.isBefore(right)) {
			return true;
		}
		return left.equals(right) && a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY;
	}

	private static LocalDate truncate(LocalDate date, DatePrecision precision) {
		return switch (precision) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	private static boolean isClosing(EventType type) {
		return type == EventType.COLLAPSE || type == EventType.CANCELLATION;
	}

	private static String closedVerb(Step closedBy) {
		return ((closedBy.type() == EventType.COLLAPSE) ? "collapsed" : "was cancelled") + " (" + closedBy.when() + ")";
	}

}
