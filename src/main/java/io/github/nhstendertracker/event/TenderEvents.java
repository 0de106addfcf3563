package io.github.nhstendertracker.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads timelines and keeps each tender's stored status in step with its events and the
 * clock.
 */
@Service
@Transactional(readOnly = true)
public class TenderEvents {

	private final TenderEventRepository events;

	private final Clock clock;

	TenderEvents(TenderEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** A tender's events, oldest first, with their sources: one query. */
	public List<EventView> timeline(Long tenderId) {
		return views(this.events.findTimeline(tenderId), EventView.IN_ORDER);
	}

	/** Events of any of these tenders, newest first: one query. */
	public List<EventView> forTenders(Collection<Long> tenderIds) {
		if (tenderIds.isEmpty()) {
			return List.of();
		}
		return views(this.events.findByTenderIds(tenderIds), EventView.NEWEST_FIRST);
	}

	/** Events that cite a source, newest first: one query. */
	public List<EventView> citing(Long sourceId) {
		return views(this.events.findBySourceId(sourceId), EventView.NEWEST_FIRST);
	}

	/** The most recent events that have happened, newest first. */
	public List<EventView> latest(int count) {
		List<Long> ids = this.events.findLatestHappenedIds(PageRequest.of(0, count));
		if (ids.isEmpty()) {
			return List.of();
		}
		return views(this.events.findWithSourcesByIds(ids), EventView.NEWEST_FIRST);
	}

	/** A tender's timeline as the lifecycle rules see it. */
	public List<TenderLifecycle.Step> lifecycle(Long tenderId) {
		return this.events.findByTenderIdInOrder(tenderId).stream().map(TenderLifecycle.Step::of).toList();
	}

	/**
	 * Recomputes and stores the tender's status from its events, its dates and today;
	 * returns the new status.
	 */
	@Transactional
	public TenderStatus refreshStatus(Tender tender) {
		List<TenderEvent> stored = this.events.findByTenderIdInOrder(tender.getId());
		TenderDates dates = TenderDates.of(stored.stream().map(TenderLifecycle.Step::of).toList(), tender.getValue());
		TenderStatus status = StatusDerivation.derive(stored, dates, today());
		tender.setStatus(status);
		return status;
	}

	/** Today, by the clock every date rule reads. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<EventView> views(List<TenderEvent> found, Comparator<EventView> order) {
		LocalDate today = today();
		return found.stream().map((event) -> EventView.of(event, today)).sorted(order).toList();
	}

}
