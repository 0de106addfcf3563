package io.github.nhstendertracker.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.TenderStatus;

/**
 * Everything the export says of one tender, as loaded by {@link TenderFactsLoader}: only
 * what the public pages show (archived records are left out).
 *
 * @param id the tender
 * @param title its title
 * @param description its description
 * @param status its derived status
 * @param ocid its stored ocid, or null
 * @param lotId its lot within the process, or null
 * @param parent the tender it is a lot of, or null
 * @param method procurement method (enum name), or null
 * @param methodDetails the procedure as named, or null
 * @param sme suits small firms, or null
 * @param vcse suits voluntary and community bodies, or null
 * @param framework is a framework agreement, or null
 * @param value the headline value, or null
 * @param commissioners its commissioners, by name
 * @param cpv its CPV codes with their labels
 * @param sources the sources it cites, oldest first
 * @param figures every figure reported
 * @param events its timeline, oldest first
 * @param bids its bids
 * @param lots the tenders that are its lots
 */
record TenderFacts(long id, String title, String description, TenderStatus status, String ocid, String lotId,
		Related parent, String method, String methodDetails, Boolean sme, Boolean vcse, Boolean framework,
		ContractValue value, List<Body> commissioners, List<Cpv> cpv, List<SourceFact> sources, List<Figure> figures,
		List<Event> events, List<BidFact> bids, List<Related> lots) {

	/** A commissioner or bidder, with its identifiers. */
	record Body(long id, String name, String odsCode, List<OrgIdentifier> identifiers) {
	}

	/** A CPV code and its label (null when none is known). */
	record Cpv(String code, String label) {
	}

	/** A source: an article, or a notice with its ocid and release. */
	record SourceFact(long id, String publication, LocalDate publishedOn, String title, String url, String ocid,
			String releaseId, String releaseTags) {
	}

	/** A figure one source reported. */
	record Figure(long id, long sourceId, ContractValue value, String currency, String note) {
	}

	/** An event, with the sources that report it. */
	record Event(long id, EventType type, LocalDate date, DatePrecision precision, DateQualifier qualifier,
			boolean expected, String description, List<Long> sourceIds) {
	}

	/** A bidder's part, with the source that reports it (or null). */
	record BidFact(Body bidder, BidRole role, String note, Long sourceId) {
	}

	/** Another tender: the parent of a lot, or a lot of a parent. */
	record Related(long id, String title, String ocid, String lotId, TenderStatus status, ContractValue value) {
	}

}
