package io.github.nhstendertracker.event;

import java.util.Collection;
import java.util.List;

import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads timelines and keeps each tender's stored status in step with its events.
 */
@Service
@Transactional(readOnly = true)
public class TenderEvents {

	private final TenderEventRepository events;

	TenderEvents(TenderEventRepository events) {
		this.events = events;
	}

	/** A tender's events, oldest first, with their sources: one query. */
	public List<EventView> timeline(Long tenderId) {
		return this.events.findTimeline(tenderId).stream().map(EventView::of).toList();
	}

	/** Events of any of these tenders, newest first: one query. */
	public List<EventView> forTenders(Collection<Long> tenderIds) {
		if (tenderIds.isEmpty()) {
			return List.of();
		}
		return this.events.findByTenderIds(tenderIds).stream().map(EventView::of).toList();
	}

	/** Events that cite a source, newest first: one query. */
	public List<EventView> citing(Long sourceId) {
		return this.events.findBySourceId(sourceId).stream().map(EventView::of).toList();
	}

	/** The most recent events that have happened, newest first. */
	public List<EventView> latest(int count) {
		List<Long> ids = this.events.findLatestHappenedIds(PageRequest.of(0, count));
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.events.findWithSourcesByIds(ids).stream().map(EventView::of).toList();
	}

	/** A tender's timeline as the lifecycle rules see it. */
	public List<TenderLifecycle.Step> lifecycle(Long tenderId) {
		return this.events.findByTenderIdInOrder(tenderId).stream().map(TenderLifecycle.Step::of).toList();
	}

	/**
	 * Recomputes and stores the tender's status from its events; returns the new status.
	 */
	@Transactional
	public TenderStatus refreshStatus(Tender tender) {
		TenderStatus status = StatusDerivation.derive(this.events.findByTenderIdInOrder(tender.getId()));
		tender.setStatus(status);
		return status;
	}

}
