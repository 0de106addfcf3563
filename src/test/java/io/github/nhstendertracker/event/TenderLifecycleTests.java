package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.event.TenderLifecycle.Problem;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle rules, transition by transition: each test builds a timeline and checks
 * whether one more event is accepted, and why not.
 */
class TenderLifecycleTests {

	private long nextId = 1;

	private Step happened(EventType type, String date) {
		return new Step(this.nextId++, type, LocalDate.parse(date), DatePrecision.DAY, false);
	}

	private Step expected(EventType type, String date) {
		return new Step(this.nextId++, type, LocalDate.parse(date), DatePrecision.DAY, true);
	}

	private static Step candidate(EventType type, String date, DatePrecision precision, boolean expected) {
		return new Step(null, type, LocalDate.parse(date), precision, expected);
	}

	/**
	 * Why adding {@code candidate} to {@code timeline} is refused, or null if it is not.
	 */
	private static String refusal(List<Step> timeline, Step candidate) {
		List<Step> after = new ArrayList<>(timeline);
		after.add(candidate);
		Optional<Problem> problem = TenderLifecycle.newProblem(timeline, after, null);
		return problem.map((p) -> p.explain(candidate)).orElse(null);
	}

	private static String refusal(List<Step> timeline, EventType type, String date) {
		return refusal(timeline, candidate(type, date, DatePrecision.DAY, false));
	}

	@Test
	void anyFirstProgressingEvent_onAnEmptyTimeline_isAllowed() {
		for (EventType type : List.of(EventType.NOTICE_PUBLISHED, EventType.MARKET_ENGAGEMENT, EventType.BIDDERS_NAMED,
				EventType.PREFERRED_BIDDER, EventType.AWARD, EventType.DELAY, EventType.PAUSE, EventType.CANCELLATION,
				EventType.REVIEW)) {
			assertThat(refusal(List.of(), type, "2017-01-01")).as(type.name()).isNull();
		}
	}

	@Test
	void award_onACancelledTender_isRefused() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2017-03-03"),
				happened(EventType.CANCELLATION, "2017-05-04"));
		assertThat(refusal(timeline, EventType.AWARD, "2017-06-01"))
			.isEqualTo("A cancelled tender cannot be awarded: it was cancelled (4 May 2017)");
	}

	@Test
	void progressingEvents_afterACollapse_areRefused() {
		List<Step> timeline = List.of(happened(EventType.AWARD, "2014-10-01"),
				happened(EventType.COLLAPSE, "2015-12-03"));
		for (EventType type : List.of(EventType.AWARD, EventType.PREFERRED_BIDDER, EventType.CONTRACT_START,
				EventType.BID_DEADLINE, EventType.NOTICE_PUBLISHED, EventType.PAUSE, EventType.DELAY,
				EventType.WITHDRAWAL)) {
			assertThat(refusal(timeline, type, "2016-01-01")).as(type.name())
				.isEqualTo(
						"The tender collapsed (3 December 2015), so only a review or a board decision can follow it");
		}
	}

	@Test
	void reviewAndBoardDecision_afterACollapse_areAllowed() {
		List<Step> timeline = List.of(happened(EventType.AWARD, "2014-10-01"),
				happened(EventType.COLLAPSE, "2015-12-03"));
		assertThat(refusal(timeline, EventType.REVIEW, "2016-01-01")).isNull();
		assertThat(refusal(timeline, EventType.BOARD_DECISION, "2016-01-01")).isNull();
	}

	@Test
	void secondCollapse_isRefused() {
		List<Step> timeline = List.of(happened(EventType.AWARD, "2014-10-01"),
				happened(EventType.COLLAPSE, "2015-12-03"));
		assertThat(refusal(timeline, EventType.COLLAPSE, "2016-01-01"))
			.isEqualTo("The tender has already collapsed (3 December 2015)");
	}

	@Test
	void cancellationAfterCollapse_andSecondCancellation_areRefused() {
		List<Step> collapsed = List.of(happened(EventType.AWARD, "2014-10-01"),
				happened(EventType.COLLAPSE, "2015-12-03"));
		assertThat(refusal(collapsed, EventType.CANCELLATION, "2016-01-01"))
			.isEqualTo("The tender has already collapsed (3 December 2015), so it cannot also be cancelled");
		List<Step> cancelled = List.of(happened(EventType.CANCELLATION, "2015-12-03"));
		assertThat(refusal(cancelled, EventType.CANCELLATION, "2016-01-01"))
			.isEqualTo("The tender was already cancelled (3 December 2015)");
	}

	@Test
	void collapse_ofATenderNeverAwardedNorWithAPreferredBidder_isRefusedAsACancellation() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"));
		assertThat(refusal(timeline, EventType.COLLAPSE, "2016-01-01")).contains("record a cancellation instead");
		assertThat(refusal(timeline, EventType.CANCELLATION, "2016-01-01")).isNull();
	}

	@Test
	void collapse_afterAPreferredBidderOrAnAward_isAllowed() {
		assertThat(
				refusal(List.of(happened(EventType.PREFERRED_BIDDER, "2015-01-01")), EventType.COLLAPSE, "2016-01-01"))
			.isNull();
		assertThat(refusal(List.of(happened(EventType.AWARD, "2015-01-01")), EventType.COLLAPSE, "2016-01-01"))
			.isNull();
	}

	@Test
	void contractStart_needsAnAwardFirst() {
		List<Step> open = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"));
		assertThat(refusal(open, EventType.CONTRACT_START, "2016-01-01"))
			.isEqualTo("The contract cannot start before it is awarded: add the award first");
		List<Step> awarded = List.of(happened(EventType.AWARD, "2015-06-01"));
		assertThat(refusal(awarded, EventType.CONTRACT_START, "2016-01-01")).isNull();
	}

	@Test
	void pause_onAPausedTender_isRefused_untilTheNextProgressingEventResumesIt() {
		List<Step> paused = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"),
				happened(EventType.PAUSE, "2015-06-01"));
		assertThat(refusal(paused, EventType.PAUSE, "2015-07-01"))
			.isEqualTo("The tender is already paused by then; it resumes with its next event");
		List<Step> resumed = new ArrayList<>(paused);
		resumed.add(happened(EventType.PREFERRED_BIDDER, "2015-08-01"));
		assertThat(refusal(resumed, EventType.PAUSE, "2015-09-01")).isNull();
	}

	@Test
	void delay_isAllowedWhileOpenOrPaused() {
		List<Step> paused = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"),
				happened(EventType.PAUSE, "2015-06-01"));
		assertThat(refusal(paused, EventType.DELAY, "2015-07-01")).isNull();
		assertThat(refusal(List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01")), EventType.DELAY, "2015-07-01"))
			.isNull();
	}

	@Test
	void bidDeadline_onOrBeforeTheNotice_isRefused() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2017-03-03"));
		String refusal = "The bid deadline must be after the notice was published (3 March 2017)";
		assertThat(refusal(timeline, EventType.BID_DEADLINE, "2017-03-01")).isEqualTo(refusal);
		assertThat(refusal(timeline, EventType.BID_DEADLINE, "2017-03-03")).isEqualTo(refusal);
		assertThat(refusal(timeline, EventType.BID_DEADLINE, "2017-03-04")).isNull();
	}

	@Test
	void bidDeadline_atACoarserPrecision_isOnlyRefusedWhenCertainlyBeforeTheNotice() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2017-03-03"));
		assertThat(refusal(timeline, candidate(EventType.BID_DEADLINE, "2017-03-01", DatePrecision.MONTH, false)))
			.isNull();
		assertThat(refusal(timeline, candidate(EventType.BID_DEADLINE, "2017-02-01", DatePrecision.MONTH, false)))
			.startsWith("The bid deadline must be after");
	}

	@Test
	void bidDeadline_withoutANotice_isAllowed() {
		assertThat(refusal(List.of(), EventType.BID_DEADLINE, "2017-03-01")).isNull();
	}

	@Test
	void expectedEvents_onlyFollowTheClosedTenderRule() {
		List<Step> open = List.of(happened(EventType.NOTICE_PUBLISHED, "2017-03-03"));
		assertThat(refusal(open, candidate(EventType.CONTRACT_START, "2018-04-01", DatePrecision.DAY, true))).isNull();
		assertThat(refusal(open, candidate(EventType.BID_DEADLINE, "2017-01-01", DatePrecision.DAY, true))).isNull();
		List<Step> cancelled = List.of(happened(EventType.CANCELLATION, "2017-05-04"));
		assertThat(refusal(cancelled, candidate(EventType.AWARD, "2018-01-01", DatePrecision.DAY, true)))
			.isEqualTo("The tender was cancelled (4 May 2017), so nothing but a review or a board decision "
					+ "can be expected after it");
		assertThat(refusal(cancelled, candidate(EventType.REVIEW, "2018-01-01", DatePrecision.DAY, true))).isNull();
	}

	@Test
	void expectedEvents_doNotCountAsHavingHappened() {
		List<Step> timeline = List.of(expected(EventType.AWARD, "2016-01-01"),
				expected(EventType.CANCELLATION, "2016-02-01"));
		assertThat(refusal(timeline, EventType.CONTRACT_START, "2016-03-01"))
			.isEqualTo("The contract cannot start before it is awarded: add the award first");
		assertThat(refusal(timeline, EventType.NOTICE_PUBLISHED, "2016-03-01")).isNull();
	}

	@Test
	void anEventDatedBeforeExistingOnes_isCheckedAgainstTheStateAtItsDate() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"),
				happened(EventType.AWARD, "2016-01-01"));
		assertThat(refusal(timeline, EventType.COLLAPSE, "2015-06-01")).contains("record a cancellation instead");
		assertThat(refusal(timeline, EventType.COLLAPSE, "2016-06-01")).isNull();
	}

	@Test
	void anEventThatBreaksALaterOne_isRefusedNamingTheLaterOne() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"),
				happened(EventType.AWARD, "2016-01-01"));
		assertThat(refusal(timeline, EventType.CANCELLATION, "2015-06-01"))
			.isEqualTo("This would leave the event \u201cContract awarded\u201d (1 January 2016) out of place: "
					+ "A cancelled tender cannot be awarded: it was cancelled (1 June 2015)");
	}

	@Test
	void problemsAlreadyInTheTimeline_doNotBlockUnrelatedChanges() {
		List<Step> broken = List.of(happened(EventType.CONTRACT_START, "2015-01-01"));
		assertThat(TenderLifecycle.problems(broken)).hasSize(1);
		assertThat(refusal(broken, EventType.REVIEW, "2016-01-01")).isNull();
	}

	@Test
	void aCancellation_beforeAnExpectedContractStart_isAllowed_butEditingThatExpectedEventIsChecked() {
		Step start = expected(EventType.CONTRACT_START, "2018-04-01");
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2017-06-09"), start);
		assertThat(refusal(timeline, EventType.CANCELLATION, "2017-09-01")).isNull();
		Step cancelled = happened(EventType.CANCELLATION, "2017-09-01");
		Step moved = new Step(start.id(), EventType.CONTRACT_START, LocalDate.parse("2018-05-01"), DatePrecision.DAY,
				true);
		assertThat(TenderLifecycle.newProblem(List.of(timeline.get(0), cancelled),
				List.of(timeline.get(0), cancelled, moved), start.id()))
			.isPresent();
	}

	@Test
	void removingAnAward_thatAContractStartNeeds_isRefused() {
		Step award = happened(EventType.AWARD, "2015-01-01");
		Step start = happened(EventType.CONTRACT_START, "2015-04-01");
		Optional<Problem> problem = TenderLifecycle.newProblem(List.of(award, start), List.of(start), award.id());
		assertThat(problem).hasValueSatisfying((p) -> assertThat(p.step()).isEqualTo(start));
	}

	@Test
	void replay_agreesWithStatusDerivation_onTheStatusItMoves() {
		List<Step> timeline = List.of(happened(EventType.NOTICE_PUBLISHED, "2015-01-01"),
				happened(EventType.PAUSE, "2015-02-01"), happened(EventType.BIDDERS_NAMED, "2015-03-01"));
		// Bidders named does not resume a paused tender (EventType.apply), so a second
		// pause is still refused.
		assertThat(refusal(timeline, EventType.PAUSE, "2015-04-01")).startsWith("The tender is already paused");
	}

	@Test
	void awardedRole_onATenderClosedWithoutAnAward_isRefused() {
		assertThat(TenderLifecycle.awardedRoleProblem(List.of(happened(EventType.CANCELLATION, "2017-05-04"))))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith(
					"The tender was cancelled (4 May 2017) without being awarded, so no bidder can have the Awarded role"));
		assertThat(TenderLifecycle.awardedRoleProblem(
				List.of(happened(EventType.AWARD, "2016-01-01"), happened(EventType.COLLAPSE, "2017-05-04"))))
			.isEmpty();
		assertThat(TenderLifecycle.awardedRoleProblem(List.of(happened(EventType.NOTICE_PUBLISHED, "2017-05-04"))))
			.isEmpty();
	}

}
