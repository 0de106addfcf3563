package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.CommissionerViews.CommissionerDetail;
import io.github.nhstendertracker.browse.CommissionerViews.CommissionerRow;
import io.github.nhstendertracker.browse.CommissionerViews.LineageView;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;

import static io.github.nhstendertracker.ViewFixtures.BLACK_COUNTRY_ICB;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_CCG;
import static io.github.nhstendertracker.ViewFixtures.dudleyBidDeadline;
import static io.github.nhstendertracker.ViewFixtures.dudleyNoticePublished;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;

/**
 * Commissioner read models for slice tests (the view records are package-private).
 */
public final class CommissionerFixtures {

	private CommissionerFixtures() {
	}

	/** An abolished CCG with one tender. */
	static CommissionerRow dudleyCcgRow() {
		return new CommissionerRow(DUDLEY_CCG.id(), DUDLEY_CCG.name(), CommissionerType.CCG, NhsRegion.MIDLANDS,
				ItlRegion.TLG, "05C", true, 1);
	}

	/** A current ICB with no tenders of its own. */
	static CommissionerRow blackCountryIcbRow() {
		return new CommissionerRow(BLACK_COUNTRY_ICB.id(), BLACK_COUNTRY_ICB.name(), CommissionerType.ICB,
				NhsRegion.MIDLANDS, ItlRegion.TLG, "QUA", false, 0);
	}

	/** A CCG with no region or ODS code recorded. */
	static CommissionerRow unplacedRow() {
		return new CommissionerRow(20L, "NHS England specialised commissioning", CommissionerType.NHS_ENGLAND_NATIONAL,
				null, null, null, false, 0);
	}

	/**
	 * NHS Dudley CCG: abolished on 1 April 2021, succeeded by the Black Country ICB,
	 * commissioner of the Dudley MCP tender.
	 */
	static CommissionerDetail dudleyCcgDetail() {
		return new CommissionerDetail(DUDLEY_CCG.id(), DUDLEY_CCG.name(), CommissionerType.CCG, NhsRegion.MIDLANDS,
				ItlRegion.TLG, "05C", true, LocalDate.of(2021, 4, 1), BLACK_COUNTRY_ICB, List.of(),
				"Merged into Black Country and West Birmingham CCG in April 2021.",
				new LineageView(LineageScope.ALL, List.of(), 1, 0, Map.of()), List.of(dudleyRow()),
				List.of(dudleyBidDeadline(), dudleyNoticePublished()),
				List.of(new IdentifierView("GB-NHS", "05C", "NHS organisation data service (ODS)", null)));
	}

	/** NHS Black Country ICB: current, took over from Dudley CCG, nothing recorded. */
	static CommissionerDetail blackCountryIcbDetail() {
		return new CommissionerDetail(BLACK_COUNTRY_ICB.id(), BLACK_COUNTRY_ICB.name(), CommissionerType.ICB,
				NhsRegion.MIDLANDS, ItlRegion.TLG, "QUA", false, null, null, List.of(DUDLEY_CCG), null,
				new LineageView(LineageScope.ALL, List.of(DUDLEY_CCG), 0, 0, Map.of()), List.of(), List.of(),
				List.of());
	}

	/**
	 * NHS Black Country ICB with the Dudley MCP tender, which it has only through NHS
	 * Dudley CCG, the body it took over from.
	 */
	static CommissionerDetail blackCountryIcbWithDudleysTender() {
		return new CommissionerDetail(BLACK_COUNTRY_ICB.id(), BLACK_COUNTRY_ICB.name(), CommissionerType.ICB,
				NhsRegion.MIDLANDS, ItlRegion.TLG, "QUA", false, null, null, List.of(DUDLEY_CCG), null,
				new LineageView(LineageScope.ALL, List.of(DUDLEY_CCG), 0, 1,
						Map.of(dudleyRow().id(), List.of(DUDLEY_CCG))),
				List.of(dudleyRow()), List.of(dudleyBidDeadline(), dudleyNoticePublished()), List.of());
	}

	/**
	 * NHS Black Country ICB commissioning the Dudley MCP tender itself, while the body it
	 * took over from has none.
	 */
	static CommissionerDetail blackCountryIcbWithItsOwnTender() {
		return new CommissionerDetail(BLACK_COUNTRY_ICB.id(), BLACK_COUNTRY_ICB.name(), CommissionerType.ICB,
				NhsRegion.MIDLANDS, ItlRegion.TLG, "QUA", false, null, null, List.of(DUDLEY_CCG), null,
				new LineageView(LineageScope.ALL, List.of(DUDLEY_CCG), 1, 0, Map.of()), List.of(dudleyRow()), List.of(),
				List.of());
	}

	/** NHS Black Country ICB's own tenders only: none, though Dudley CCG's is its. */
	static CommissionerDetail blackCountryIcbOwnOnly() {
		return new CommissionerDetail(BLACK_COUNTRY_ICB.id(), BLACK_COUNTRY_ICB.name(), CommissionerType.ICB,
				NhsRegion.MIDLANDS, ItlRegion.TLG, "QUA", false, null, null, List.of(DUDLEY_CCG), null,
				new LineageView(LineageScope.OWN, List.of(DUDLEY_CCG), 0, 1, Map.of()), List.of(), List.of(),
				List.of());
	}

}
