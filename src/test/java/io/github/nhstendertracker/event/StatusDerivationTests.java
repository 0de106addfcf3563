package io.github.nhstendertracker.event;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusDerivationTests {

	private final Tender tender = new Tender("Test tender", "For status rules");

	private long nextId = 1;

	private TenderEvent event(EventType type, String date, boolean expected) {
		TenderEvent event = new TenderEvent(this.tender, type, LocalDate.parse(date), DatePrecision.DAY, expected,
				type.label());
		try {
			Field id = TenderEvent.class.getDeclaredField("id");
			id.setAccessible(true);
			id.set(event, this.nextId++);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return event;
	}

	@Test
	void noEvents_isPlanned() {
		assertThat(StatusDerivation.derive(List.of())).isEqualTo(TenderStatus.PLANNED);
	}

	@Test
	void noticeThenAward_isAwarded() {
		assertThat(StatusDerivation.derive(List.of(event(EventType.NOTICE_PUBLISHED, "2013-05-01", false),
				event(EventType.AWARD, "2014-10-01", false))))
			.isEqualTo(TenderStatus.AWARDED);
	}

	@Test
	void awardStartThenCollapse_isCollapsed_andALaterReviewDoesNotChangeIt() {
		assertThat(StatusDerivation.derive(List.of(event(EventType.AWARD, "2014-10-01", false),
				event(EventType.CONTRACT_START, "2015-04-01", false), event(EventType.COLLAPSE, "2015-12-03", false),
				event(EventType.REVIEW, "2016-01-01", false))))
			.isEqualTo(TenderStatus.COLLAPSED);
	}

	@Test
	void expectedEvents_doNotMoveTheStatus() {
		assertThat(StatusDerivation.derive(List.of(event(EventType.NOTICE_PUBLISHED, "2017-06-09", false),
				event(EventType.BID_DEADLINE, "2017-07-13", true),
				event(EventType.CONTRACT_START, "2018-04-01", true))))
			.isEqualTo(TenderStatus.OPEN);
	}

	@Test
	void eventsAreAppliedInDateOrder_notListOrder() {
		TenderEvent pause = event(EventType.PAUSE, "2016-02-01", false);
		TenderEvent delay = event(EventType.DELAY, "2015-01-01", false);
		assertThat(StatusDerivation.derive(List.of(pause, delay))).isEqualTo(TenderStatus.PAUSED);
	}

	@Test
	void sameDate_isOrderedByPlaceInATendersLife_notByEntry() {
		TenderEvent collapse = event(EventType.COLLAPSE, "2016-02-01", false);
		TenderEvent start = event(EventType.CONTRACT_START, "2016-02-01", false);
		TenderEvent award = event(EventType.AWARD, "2016-02-01", false);
		// entered last, but an award comes before a start, and a start before a collapse
		assertThat(StatusDerivation.derive(List.of(award, start, collapse))).isEqualTo(TenderStatus.COLLAPSED);
	}

	@Test
	void sameDateAndStage_isOrderedByEntry() {
		TenderEvent pause = event(EventType.PAUSE, "2016-02-01", false);
		TenderEvent delay = event(EventType.DELAY, "2016-02-01", false);
		// the delay was entered after the pause, so it is the later event
		assertThat(StatusDerivation.derive(List.of(delay, pause))).isEqualTo(TenderStatus.DELAYED);
	}

	@Test
	void biddersNamed_opensAPlannedTender_butDoesNotReopenAPausedOne() {
		assertThat(StatusDerivation.derive(List.of(event(EventType.BIDDERS_NAMED, "2014-11-01", false))))
			.isEqualTo(TenderStatus.OPEN);
		assertThat(StatusDerivation.derive(List.of(event(EventType.PAUSE, "2015-01-01", false),
				event(EventType.BIDDERS_NAMED, "2015-02-01", false))))
			.isEqualTo(TenderStatus.PAUSED);
	}

	@Test
	void delayThenPause_isPaused_andCancellation_isCancelled() {
		assertThat(StatusDerivation
			.derive(List.of(event(EventType.DELAY, "2015-01-01", false), event(EventType.PAUSE, "2016-02-01", false))))
			.isEqualTo(TenderStatus.PAUSED);
		assertThat(StatusDerivation.derive(List.of(event(EventType.NOTICE_PUBLISHED, "2015-01-01", false),
				event(EventType.CANCELLATION, "2016-02-01", false))))
			.isEqualTo(TenderStatus.CANCELLED);
	}

}
