package io.github.nhstendertracker.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.nhstendertracker.event.EventType;
import tools.jackson.databind.JsonNode;

/**
 * What a release says happened, or is to happen, as events: from its tags and from the
 * dates it carries. A date still to come (by the clock) is an expected event; planned
 * contract dates of a tender not yet awarded are recorded only while still to come.
 * <ul>
 * <li>{@code planning}: market engagement;</li>
 * <li>{@code tender}: notice published; {@code tenderPeriod.endDate}: bid deadline;</li>
 * <li>{@code tenderAmendment}, {@code tenderUpdate}: amendment;</li>
 * <li>each award (not cancelled or unsuccessful): award, with its contract period's start
 * and end;</li>
 * <li>each contract: contract signed, with its period's start and end;</li>
 * <li>{@code tenderCancellation} (or a cancelled tender): cancellation;</li>
 * <li>{@code contractTermination} (or a terminated contract): termination.</li>
 * </ul>
 */
final class NoticeEvents {

	private final List<Notice.Event> events = new ArrayList<>();

	private final LocalDate today;

	NoticeEvents(JsonNode release, LocalDate date, List<String> tags, LocalDate today) {
		this.today = today;
		JsonNode tender = release.path("tender");
		if (tags.contains("planning")) {
			happened(EventType.MARKET_ENGAGEMENT, date, "Planning notice published", null);
		}
		if (tags.contains("tender")) {
			LocalDate published = OcdsDates.day(Json.text(tender, "datePublished"));
			happened(EventType.NOTICE_PUBLISHED, (published != null) ? published : date, "Tender notice published",
					null);
		}
		LocalDate deadline = OcdsDates.day(Json.text(tender.path("tenderPeriod"), "endDate"));
		if (deadline != null) {
			add(EventType.BID_DEADLINE, deadline, "Deadline for bids", null);
		}
		if (tags.contains("tenderAmendment") || tags.contains("tenderUpdate")) {
			happened(EventType.AMENDMENT, date, "Notice amended", null);
		}
		boolean awarded = false;
		for (JsonNode award : Json.objects(release, "awards")) {
			String status = Json.text(award, "status");
			if ("cancelled".equals(status) || "unsuccessful".equals(status)) {
				continue;
			}
			awarded = true;
			LocalDate when = OcdsDates.day(Json.text(award, "date"));
			List<String> lots = Json.texts(award, "relatedLots");
			String lotId = (lots.size() == 1) ? lots.get(0) : null;
			String suppliers = Json.objects(award, "suppliers")
				.stream()
				.map((supplier) -> Json.text(supplier, "name"))
				.filter((name) -> name != null)
				.collect(Collectors.joining(", "));
			happened(EventType.AWARD, (when != null && !when.isAfter(date)) ? when : date,
					suppliers.isEmpty() ? "Contract awarded" : "Awarded to " + suppliers, lotId);
			period(award.path("contractPeriod"), lotId);
		}
		for (JsonNode contract : Json.objects(release, "contracts")) {
			awarded = true;
			LocalDate signed = OcdsDates.day(Json.text(contract, "dateSigned"));
			happened(EventType.CONTRACT_SIGNED, (signed != null && !signed.isAfter(date)) ? signed : date,
					"Contract signed", null);
			period(contract.path("period"), null);
			if ("terminated".equals(Json.text(contract, "status")) && !tags.contains("contractTermination")) {
				happened(EventType.TERMINATION, date, "Contract terminated", null);
			}
		}
		if (!awarded) {
			planned(tender.path("contractPeriod"));
		}
		if (tags.contains("tenderCancellation") || "cancelled".equals(Json.text(tender, "status"))) {
			happened(EventType.CANCELLATION, date, "Tender cancelled", null);
		}
		if (tags.contains("contractTermination")) {
			happened(EventType.TERMINATION, date, "Contract terminated", null);
		}
	}

	List<Notice.Event> events() {
		return List.copyOf(this.events);
	}

	private void period(JsonNode period, String lotId) {
		LocalDate start = OcdsDates.day(Json.text(period, "startDate"));
		LocalDate end = OcdsDates.day(Json.text(period, "endDate"));
		if (start != null) {
			add(EventType.CONTRACT_START, start, "Contract starts", lotId);
		}
		if (end != null && (start == null || end.isAfter(start))) {
			add(EventType.CONTRACT_END, end, "Contract ends", lotId);
		}
	}

	private void planned(JsonNode period) {
		LocalDate start = OcdsDates.day(Json.text(period, "startDate"));
		LocalDate end = OcdsDates.day(Json.text(period, "endDate"));
		if (start != null && start.isAfter(this.today)) {
			this.events.add(new Notice.Event(EventType.CONTRACT_START, start, true, "Planned contract start", null));
		}
		if (end != null && end.isAfter(this.today) && (start == null || end.isAfter(start))) {
			this.events.add(new Notice.Event(EventType.CONTRACT_END, end, true, "Planned contract end", null));
		}
	}

	private void add(EventType type, LocalDate date, String description, String lotId) {
		this.events.add(new Notice.Event(type, date, date.isAfter(this.today), description, lotId));
	}

	private void happened(EventType type, LocalDate date, String description, String lotId) {
		this.events.add(new Notice.Event(type, date, false, description, lotId));
	}

}
