package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.EventView;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The read models of tenders that pages and the JSON API share.
 */
public final class TenderViews {

	private TenderViews() {
	}

	/** One line of a tender table. */
	public record TenderRow(Long id, String title, TenderStatus status, ValueView value, List<Ref> commissioners,
			NhsRegion nhsRegion, ItlRegion itlRegion, LatestEvent latestEvent) {
	}

	/** The latest event that has happened to a tender. */
	public record LatestEvent(EventType type, LocalDate date, DatePrecision datePrecision,
			DateQualifier dateQualifier) {
	}

	/** A figure one source reported, and whether it agrees with the headline value. */
	public record FigureView(Ref tender, Ref source, ValueView value, String note, boolean matchesHeadline) {
	}

	/**
	 * A bidder's role in a tender (on the tender page) or a tender's bidder (on the
	 * bidder page).
	 */
	public record BidView(Long id, Ref tender, Ref bidder, BidderType bidderType, BidRole role, String note,
			Ref source) {
	}

	/** Everything the tender page shows. */
	public record TenderDetail(Long id, String title, String description, TenderStatus status,
			ContractModel contractModel, NhsRegion nhsRegion, ItlRegion itlRegion, Set<ServiceArea> serviceAreas,
			ValueView value, List<FigureView> reportedFigures, boolean figuresDisagree, List<Ref> commissioners,
			Ref parent, List<TenderRow> lots, List<BidView> bids, List<EventView> timeline, List<Ref> sources,
			EventView bidDeadline, EventView contractStart) {

		/** The latest event of a type in a timeline (oldest first), or null. */
		public static EventView latest(List<EventView> timeline, EventType type) {
			EventView found = null;
			for (EventView event : timeline) {
				if (event.type() == type) {
					found = event;
				}
			}
			return found;
		}

	}

}
