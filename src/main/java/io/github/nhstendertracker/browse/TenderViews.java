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
import io.github.nhstendertracker.event.TenderDates;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * The read models of tenders that pages and the JSON API share.
 */
public final class TenderViews {

	private TenderViews() {
	}

	/**
	 * One line of a tender table, with its bid deadline and contract end, and the days
	 * left to bid while it is open.
	 */
	public record TenderRow(Long id, String title, TenderStatus status, ValueView value, List<Ref> commissioners,
			NhsRegion nhsRegion, ItlRegion itlRegion, LatestEvent latestEvent, TenderDates dates, Long daysToDeadline) {

		/** This row with these commissioners. */
		public TenderRow withCommissioners(List<Ref> commissioners) {
			return new TenderRow(this.id, this.title, this.status, this.value, commissioners, this.nhsRegion,
					this.itlRegion, this.latestEvent, this.dates, this.daysToDeadline);
		}

	}

	/** The latest event that has happened to a tender. */
	public record LatestEvent(EventType type, LocalDate date, DatePrecision datePrecision,
			DateQualifier dateQualifier) {
	}

	/**
	 * A figure one source reported, and whether it agrees with the headline value. A
	 * figure in another currency than pounds ({@code currency} not {@code GBP}) is shown
	 * as reported and never compared with the headline.
	 */
	public record FigureView(Ref tender, Ref source, ValueView value, String note, boolean matchesHeadline,
			String currency) {

		public static final String POUNDS = "GBP";

		public boolean inPounds() {
			return POUNDS.equals(this.currency);
		}

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
			EventView bidDeadline, EventView contractStart, OpenData openData, TenderDates dates, Long daysToDeadline,
			Reported reported) {

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

	/**
	 * Where a tender's latest information comes from: the most recently published of its
	 * sources, so a reader can judge how current the page is.
	 *
	 * @param source the source
	 * @param publication where it was published
	 * @param date when
	 * @param precision how precisely that is known
	 */
	public record Reported(Ref source, String publication, LocalDate date, DatePrecision precision) {

		static Reported of(Source source) {
			return new Reported(new Ref(source.getId(), source.getTitle()), source.getPublication(),
					source.getPublishedOn(), source.getPublishedPrecision());
		}

	}

	/**
	 * What open data says of a tender: its process on the portals (ocid, and lot), how it
	 * is bought, what is bought (CPV codes with the notices' labels), and the notices it
	 * came from. Empty for a tender known only from articles.
	 */
	public record OpenData(String ocid, String lotId, ProcurementMethod procurementMethod,
			String procurementMethodDetails, Boolean suitableSme, Boolean suitableVcse, Boolean framework,
			List<CpvView> cpvCodes, List<NoticeView> notices) {

		/** Whether there is anything to show. */
		public boolean any() {
			return this.ocid != null || this.procurementMethod != null || this.procurementMethodDetails != null
					|| this.suitableSme != null || this.suitableVcse != null || this.framework != null
					|| !this.cpvCodes.isEmpty() || !this.notices.isEmpty();
		}

		/**
		 * Whether a source is one of the notices, shown with them rather than as an
		 * article.
		 */
		public boolean isNotice(Ref source) {
			return this.notices.stream().anyMatch((notice) -> notice.source().id().equals(source.id()));
		}

		/** The sources that are not notices: articles and the like. */
		public List<Ref> otherSources(List<Ref> sources) {
			return sources.stream().filter((source) -> !isNotice(source)).toList();
		}

	}

	/** A CPV code, with its label where a notice gave one. */
	public record CpvView(String code, String label) {
	}

	/**
	 * A notice a tender cites: the source, who published it and when, the portal's notice
	 * id and page (as the data gave it, or null), and the release's tags.
	 */
	public record NoticeView(Ref source, String publication, LocalDate publishedOn, String noticeId, String url,
			String releaseId, List<String> tags) {
	}

}
