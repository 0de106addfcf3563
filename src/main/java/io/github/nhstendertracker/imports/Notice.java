package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.ServiceArea;

/**
 * One OCDS release as the tracker understands it: every fact it will record, already
 * cleaned and mapped to the tracker's own terms, with nothing yet written. Built by
 * {@link NoticeMapper}, written by {@link NoticeWriter}.
 *
 * @param ocid the contracting process
 * @param releaseId the release's id (derived from its content when it had none)
 * @param derivedId whether the id was derived
 * @param date when the release was published
 * @param tags the release's tags
 * @param publisher the portal that published it
 * @param url the notice's web page on its portal, or null
 * @param noticeId the portal's notice id, or null
 * @param title the tender's title
 * @param description the tender's description
 * @param buyers the commissioners
 * @param figures the values it reports
 * @param cpv CPV code to label
 * @param areas service areas the CPV codes map to
 * @param place where the work is, where certain
 * @param method the procurement method, or null
 * @param methodDetails the procedure as named, or null
 * @param sme whether it suits small firms, or null
 * @param vcse whether it suits voluntary and community bodies, or null
 * @param framework whether it is a framework agreement, or null
 * @param events what happened, or is to happen
 * @param bids who bid, won or lost
 * @param lots the lots, when there are two or more
 * @param notes what was cleaned or left out, for the report
 */
public record Notice(String ocid, String releaseId, boolean derivedId, LocalDate date, List<String> tags,
		String publisher, String url, String noticeId, String title, String description, List<Party> buyers,
		List<Figure> figures, Map<String, String> cpv, Set<ServiceArea> areas, Place place, ProcurementMethod method,
		String methodDetails, Boolean sme, Boolean vcse, Boolean framework, List<Event> events, List<Bid> bids,
		List<Lot> lots, List<String> notes) {

	/**
	 * An organisation as the release names it.
	 *
	 * @param name its name, cleaned
	 * @param identifiers its identifiers
	 * @param odsCode its NHS ODS code, when one is given
	 */
	public record Party(String name, List<OrgIdentifier> identifiers, String odsCode) {
	}

	/**
	 * A value the release reports.
	 *
	 * @param low the lower amount, or null
	 * @param high the upper amount (or the only one)
	 * @param currency its ISO 4217 code
	 * @param note which figure it is
	 * @param lotId the lot it is for, or null for the whole process
	 * @param headline whether it may be the tender's headline value
	 */
	public record Figure(BigDecimal low, BigDecimal high, String currency, String note, String lotId,
			boolean headline) {

		boolean inPounds() {
			return "GBP".equals(this.currency);
		}

	}

	/**
	 * Something that happened, or is expected.
	 *
	 * @param type what
	 * @param date when
	 * @param expected whether it is still to come
	 * @param description in a few words
	 * @param lotId the lot it is for, or null
	 */
	public record Event(EventType type, LocalDate date, boolean expected, String description, String lotId) {
	}

	/**
	 * A part a supplier took.
	 *
	 * @param party the supplier
	 * @param role its role
	 * @param lotId the lot, or null
	 */
	public record Bid(Party party, BidRole role, String lotId) {
	}

	/**
	 * One lot of a process with two or more.
	 *
	 * @param id its id in the release
	 * @param title its title
	 * @param description its description
	 */
	public record Lot(String id, String title, String description) {
	}

	/**
	 * Where the work is.
	 *
	 * @param nhsRegion the NHS England region, or null unless certain
	 * @param itlRegion the ITL1 region (or nation), or null
	 */
	public record Place(NhsRegion nhsRegion, ItlRegion itlRegion) {

		static final Place UNKNOWN = new Place(null, null);

	}

}
