package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.commissioner.CommissionerType;
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
			List<Ref> predecessors, String notes, List<TenderRow> tenders, List<EventView> events,
			List<IdentifierView> identifiers) {
	}

	record AdminRow(Long id, String name, CommissionerType type, boolean abolished, boolean archived) {
	}

}
