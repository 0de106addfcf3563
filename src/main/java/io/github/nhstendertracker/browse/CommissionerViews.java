package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventView;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;

/**
 * Read models of commissioners for pages and the API.
 */
final class CommissionerViews {

	private CommissionerViews() {
	}

	public record CommissionerRow(Long id, String name, CommissionerType type, NhsRegion nhsRegion, ItlRegion itlRegion,
			String odsCode, boolean abolished, long tenderCount) {
	}

	public record CommissionerDetail(Long id, String name, CommissionerType type, NhsRegion nhsRegion,
			ItlRegion itlRegion, String odsCode, boolean abolished, LocalDate abolishedOn, Ref successor,
			List<Ref> predecessors, String notes, LineageView lineage, List<TenderRow> tenders, List<EventView> events,
			List<IdentifierView> identifiers) {
	}

	/**
	 * Which tenders a commissioner's page shows, and what the other choice would show.
	 *
	 * @param shown its own tenders only, or also its predecessors'
	 * @param earlierBodies every body it took over from, all generations back
	 * @param ownTenders how many tenders it commissions itself
	 * @param earlierTenders how many more it has through the bodies it took over from
	 * @param via for each tender it has only through earlier bodies (by tender id), those
	 * bodies
	 */
	public record LineageView(LineageScope shown, List<Ref> earlierBodies, int ownTenders, int earlierTenders,
			Map<Long, List<Ref>> via) {

		/** The earlier bodies through which it has this tender, or empty. */
		public List<Ref> via(Long tenderId) {
			return this.via.getOrDefault(tenderId, List.of());
		}

	}

	record AdminRow(Long id, String name, CommissionerType type, boolean abolished, boolean archived) {
	}

}
