package io.github.nhstendertracker.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.opendata.TenderFacts.BidFact;
import io.github.nhstendertracker.opendata.TenderFacts.Body;
import io.github.nhstendertracker.opendata.TenderFacts.Event;
import io.github.nhstendertracker.opendata.TenderFacts.Figure;
import io.github.nhstendertracker.opendata.TenderFacts.Related;
import io.github.nhstendertracker.opendata.TenderFacts.SourceFact;
import io.github.nhstendertracker.tender.BidRole;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tender as OCDS releases: a release for each source it cites, dated by the source
 * and giving the figures, events and bids that source reports, and the compiled release
 * with everything the tracker holds now. What describes the tender itself (title,
 * description, buyers, CPV codes, procedure, suitability, lots) is in every release,
 * since the tracker does not know which source gave it. {@code docs/ocds-mapping.md}
 * (Export) says field by field what goes where.
 */
final class TenderReleases {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final TenderFacts facts;

	private final TrackerOcids ocids;

	private final String ocid;

	private final boolean awarded;

	TenderReleases(TenderFacts facts, TrackerOcids ocids) {
		this.facts = facts;
		this.ocids = ocids;
		this.ocid = ocids.ocid(facts.id(), facts.ocid());
		this.awarded = OcdsLifecycle.awarded(facts);
	}

	String ocid() {
		return this.ocid;
	}

	/** A release per source, oldest first. */
	List<ObjectNode> releases() {
		List<ObjectNode> releases = new ArrayList<>();
		for (SourceFact source : this.facts.sources()) {
			List<Event> events = this.facts.events()
				.stream()
				.filter((event) -> event.sourceIds().contains(source.id()))
				.toList();
			List<Figure> figures = this.facts.figures()
				.stream()
				.filter((figure) -> figure.sourceId() == source.id())
				.toList();
			List<BidFact> bids = this.facts.bids()
				.stream()
				.filter((bid) -> Objects.equals(bid.sourceId(), source.id()))
				.toList();
			ObjectNode release = start(releaseId(source), source.publishedOn(), tags(source, events, bids));
			ObjectNode tender = tender(release, bids, events, List.of(source));
			Figure main = OcdsValues.mainFigure(figures, this.facts.value());
			if (main != null) {
				OcdsValues.putTotal(tender, main.value(), main.currency());
			}
			OcdsValues.putFigures(tender, figures, this::releaseIdOf);
			if (OcdsLifecycle.cancelled(events, this.awarded)) {
				tender.put("status", "cancelled");
			}
			String details = OcdsLifecycle.statusDetails(events);
			if (details != null) {
				tender.put("statusDetails", details);
			}
			awardsAndContracts(release, bids, events);
			releases.add(release);
		}
		return releases;
	}

	/** Everything the tracker holds about the tender now. */
	ObjectNode compiled() {
		LocalDate date = this.facts.sources()
			.stream()
			.map(SourceFact::publishedOn)
			.max(LocalDate::compareTo)
			.orElseGet(() -> this.facts.events()
				.stream()
				.map(Event::date)
				.min(LocalDate::compareTo)
				.orElse(LocalDate.of(1970, 1, 1)));
		String suffix = (this.facts.lotId() != null) ? "-lot-" + this.facts.lotId() : "";
		ObjectNode release = start(this.ocid + suffix + "-compiled", date, List.of("compiled"));
		ObjectNode tender = tender(release, this.facts.bids(), this.facts.events(), this.facts.sources());
		tender.put("status", OcdsLifecycle.tenderStatus(this.facts.status(), this.awarded));
		String details = OcdsLifecycle.statusDetails(this.facts.events());
		if (details != null) {
			tender.put("statusDetails", details);
		}
		OcdsValues.putTotal(tender, this.facts.value(), "GBP");
		OcdsValues.putHeadline(tender, this.facts.value());
		OcdsValues.putFigures(tender, this.facts.figures(), this::releaseIdOf);
		awardsAndContracts(release, this.facts.bids(), this.facts.events());
		return release;
	}

	private ObjectNode start(String id, LocalDate date, List<String> tags) {
		ObjectNode release = JSON.objectNode();
		release.put("ocid", this.ocid);
		release.put("id", id);
		release.put("date", OcdsLifecycle.dateTime(date));
		ArrayNode tag = release.putArray("tag");
		tags.forEach(tag::add);
		release.put("initiationType", "tender");
		release.put("language", "en");
		return release;
	}

	private List<String> tags(SourceFact source, List<Event> events, List<BidFact> bids) {
		if (source.releaseTags() != null && this.ocid.equals(source.ocid())) {
			List<String> stored = List.of(source.releaseTags().split("[,\\s]+"));
			if (!stored.isEmpty() && OcdsLifecycle.TAGS.containsAll(stored)) {
				return stored;
			}
		}
		boolean awardedBids = bids.stream().anyMatch((bid) -> bid.role() == BidRole.AWARDED);
		return OcdsLifecycle.tags(events, awardedBids, this.awarded);
	}

	/**
	 * The parties and the tender section shared by every release, with the given bids,
	 * events and sources.
	 */
	private ObjectNode tender(ObjectNode release, List<BidFact> bids, List<Event> events, List<SourceFact> sources) {
		ArrayNode parties = release.putArray("parties");
		for (Body body : this.facts.commissioners()) {
			party(parties, "commissioner-" + body.id(), body, List.of("buyer"), null);
		}
		if (!this.facts.commissioners().isEmpty()) {
			Body first = this.facts.commissioners().get(0);
			release.putObject("buyer").put("id", "commissioner-" + first.id()).put("name", first.name());
		}
		Map<Long, List<BidFact>> byBidder = new LinkedHashMap<>();
		bids.forEach((bid) -> byBidder.computeIfAbsent(bid.bidder().id(), (id) -> new ArrayList<>()).add(bid));
		byBidder.values().forEach((held) -> {
			List<String> roles = new ArrayList<>(List.of("tenderer"));
			if (held.stream().anyMatch((bid) -> bid.role() == BidRole.AWARDED)) {
				roles.add("supplier");
			}
			party(parties, "bidder-" + held.get(0).bidder().id(), held.get(0).bidder(), roles, held);
		});
		Related parent = this.facts.parent();
		if (parent != null && this.facts.ocid() == null) {
			ObjectNode related = release.putArray("relatedProcesses").addObject();
			related.put("id", "parent");
			related.putArray("relationship").add("parent");
			related.put("title", parent.title());
			related.put("scheme", "ocid");
			related.put("identifier", this.ocids.ocid(parent.id(), parent.ocid()));
		}
		ObjectNode tender = release.putObject("tender");
		tender.put("id", String.valueOf(this.facts.id()));
		tender.put("title", this.facts.title());
		tender.put("description", this.facts.description());
		items(tender);
		lots(tender);
		if (this.facts.method() != null) {
			tender.put("procurementMethod", this.facts.method().toLowerCase(Locale.ROOT));
		}
		if (this.facts.methodDetails() != null) {
			tender.put("procurementMethodDetails", this.facts.methodDetails());
		}
		if (this.facts.sme() != null || this.facts.vcse() != null) {
			ObjectNode suitability = tender.putObject("suitability");
			flag(suitability, "sme", this.facts.sme());
			flag(suitability, "vcse", this.facts.vcse());
		}
		if (this.facts.framework() != null) {
			tender.putObject("techniques").put("hasFrameworkAgreement", this.facts.framework());
		}
		latest(events, EventType.NOTICE_PUBLISHED, false).ifPresent((date) -> tender.put("datePublished", date));
		latest(events, EventType.BID_DEADLINE, null)
			.ifPresent((date) -> tender.putObject("tenderPeriod").put("endDate", date));
		if (!this.awarded) {
			period(tender, "contractPeriod", events);
		}
		List<BidFact> bidders = new ArrayList<>();
		byBidder.values().forEach((held) -> bidders.add(held.get(0)));
		if (!bidders.isEmpty()) {
			ArrayNode tenderers = tender.putArray("tenderers");
			bidders.forEach((bid) -> reference(tenderers.addObject(), bid.bidder()));
		}
		documents(tender, sources);
		OcdsLifecycle.putMilestones(tender, events);
		return tender;
	}

	private void awardsAndContracts(ObjectNode release, List<BidFact> bids, List<Event> events) {
		ArrayNode awards = JSON.arrayNode();
		String awardId = "award-" + this.facts.id();
		Event award = events.stream()
			.filter((event) -> event.type() == EventType.AWARD && !event.expected())
			.reduce((first, second) -> second)
			.orElse(null);
		List<BidFact> winners = bids.stream().filter((bid) -> bid.role() == BidRole.AWARDED).toList();
		if (award != null && winners.isEmpty()) {
			winners = this.facts.bids().stream().filter((bid) -> bid.role() == BidRole.AWARDED).toList();
		}
		if (award != null || !winners.isEmpty()) {
			ObjectNode node = awards.addObject();
			node.put("id", awardId);
			node.put("status", "active");
			if (award != null) {
				node.put("date", OcdsLifecycle.dateTime(award.date()));
			}
			suppliers(node, winners);
			relatedLot(node);
			period(node, "contractPeriod", events);
		}
		for (BidFact bid : bids) {
			if (bid.role() == BidRole.PREFERRED_BIDDER || bid.role() == BidRole.UNSUCCESSFUL) {
				boolean preferred = bid.role() == BidRole.PREFERRED_BIDDER;
				ObjectNode node = awards.addObject();
				node.put("id", (preferred ? "preferred-" : "unsuccessful-") + bid.bidder().id());
				node.put("status", preferred ? "pending" : "unsuccessful");
				if (bid.note() != null) {
					node.put("description", bid.note());
				}
				suppliers(node, List.of(bid));
				relatedLot(node);
			}
		}
		if (!awards.isEmpty()) {
			release.set("awards", awards);
		}
		boolean terminated = OcdsLifecycle.terminated(events, this.awarded);
		boolean contractFacts = terminated || events.stream()
			.anyMatch((event) -> event.type() == EventType.CONTRACT_START || event.type() == EventType.CONTRACT_SIGNED
					|| event.type() == EventType.CONTRACT_END);
		if (this.awarded && contractFacts) {
			ObjectNode contract = release.putArray("contracts").addObject();
			contract.put("id", "contract-" + this.facts.id());
			contract.put("awardID", awardId);
			boolean started = events.stream()
				.anyMatch((event) -> !event.expected()
						&& (event.type() == EventType.CONTRACT_START || event.type() == EventType.CONTRACT_SIGNED));
			contract.put("status", terminated ? "terminated" : started ? "active" : "pending");
			latest(events, EventType.CONTRACT_SIGNED, false).ifPresent((date) -> contract.put("dateSigned", date));
			period(contract, "period", events);
			String details = terminated ? OcdsLifecycle.statusDetails(events) : null;
			if (details != null) {
				contract.put("description", details);
			}
		}
	}

	private void suppliers(ObjectNode award, List<BidFact> bids) {
		if (!bids.isEmpty()) {
			ArrayNode suppliers = award.putArray("suppliers");
			bids.stream().map(BidFact::bidder).distinct().forEach((body) -> reference(suppliers.addObject(), body));
		}
	}

	private void relatedLot(ObjectNode node) {
		if (this.facts.lotId() != null) {
			node.putArray("relatedLots").add(this.facts.lotId());
		}
	}

	private void items(ObjectNode tender) {
		if (this.facts.cpv().isEmpty()) {
			return;
		}
		ObjectNode item = tender.putArray("items").addObject();
		item.put("id", "1");
		item.put("description", this.facts.title());
		ArrayNode additional = JSON.arrayNode();
		for (int i = 0; i < this.facts.cpv().size(); i++) {
			TenderFacts.Cpv cpv = this.facts.cpv().get(i);
			ObjectNode classification = (i == 0) ? item.putObject("classification") : additional.addObject();
			classification.put("scheme", "CPV");
			classification.put("id", cpv.code());
			if (cpv.label() != null) {
				classification.put("description", cpv.label());
			}
		}
		if (!additional.isEmpty()) {
			item.set("additionalClassifications", additional);
		}
		if (this.facts.lotId() != null) {
			item.put("relatedLot", this.facts.lotId());
		}
	}

	private void lots(ObjectNode tender) {
		if (this.facts.lotId() != null) {
			ObjectNode lot = tender.putArray("lots").addObject();
			lot.put("id", this.facts.lotId());
			lot.put("title", this.facts.title());
			lot.put("status", OcdsLifecycle.tenderStatus(this.facts.status(), this.awarded));
			return;
		}
		if (this.facts.lots().isEmpty()) {
			return;
		}
		ArrayNode lots = tender.putArray("lots");
		for (Related child : this.facts.lots()) {
			ObjectNode lot = lots.addObject();
			lot.put("id", (child.lotId() != null) ? child.lotId() : String.valueOf(child.id()));
			lot.put("title", child.title());
			lot.put("status", OcdsLifecycle.tenderStatus(child.status(), false));
			OcdsValues.putTotal(lot, child.value(), "GBP");
		}
	}

	private void documents(ObjectNode tender, List<SourceFact> sources) {
		ArrayNode documents = JSON.arrayNode();
		for (SourceFact source : sources) {
			if (source.url() == null) {
				continue;
			}
			ObjectNode document = documents.addObject();
			document.put("id", "source-" + source.id());
			if (source.ocid() != null) {
				document.put("documentType", "tenderNotice");
			}
			document.put("title", source.title());
			document.put("description", "Published by " + source.publication());
			document.put("url", source.url());
			document.put("datePublished", OcdsLifecycle.dateTime(source.publishedOn()));
		}
		if (!documents.isEmpty()) {
			tender.set("documents", documents);
		}
	}

	private void period(ObjectNode parent, String name, List<Event> events) {
		Optional<String> start = latest(events, EventType.CONTRACT_START, null);
		Optional<String> end = latest(events, EventType.CONTRACT_END, null);
		if (start.isPresent() || end.isPresent()) {
			ObjectNode period = parent.putObject(name);
			start.ifPresent((date) -> period.put("startDate", date));
			end.ifPresent((date) -> period.put("endDate", date));
		}
	}

	/** The latest date of an event type (happened only, expected only, or either). */
	private static Optional<String> latest(List<Event> events, EventType type, Boolean expected) {
		return events.stream()
			.filter((event) -> event.type() == type && (expected == null || event.expected() == expected))
			.map(Event::date)
			.max(LocalDate::compareTo)
			.map(OcdsLifecycle::dateTime);
	}

	private static void party(ArrayNode parties, String id, Body body, List<String> roles, List<BidFact> bids) {
		ObjectNode party = parties.addObject();
		party.put("id", id);
		party.put("name", body.name());
		List<OrgIdentifier> identifiers = new ArrayList<>();
		if (body.odsCode() != null) {
			identifiers.add(new OrgIdentifier("GB-NHS", body.odsCode()));
		}
		body.identifiers().stream().filter((identifier) -> !identifiers.contains(identifier)).forEach(identifiers::add);
		ArrayNode additional = JSON.arrayNode();
		for (int i = 0; i < identifiers.size(); i++) {
			ObjectNode node = (i == 0) ? party.putObject("identifier") : additional.addObject();
			node.put("scheme", identifiers.get(i).scheme());
			node.put("id", identifiers.get(i).identifier());
		}
		if (!additional.isEmpty()) {
			party.set("additionalIdentifiers", additional);
		}
		ArrayNode roleList = party.putArray("roles");
		roles.forEach(roleList::add);
		if (bids != null) {
			ArrayNode held = party.putObject("details").putArray("bidRoles");
			bids.stream().map((bid) -> bid.role().name()).distinct().forEach(held::add);
		}
	}

	private static void reference(ObjectNode node, Body body) {
		node.put("id", "bidder-" + body.id());
		node.put("name", body.name());
	}

	private static void flag(ObjectNode node, String name, Boolean value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	private String releaseId(SourceFact source) {
		return this.ocids.releaseId(source.id(), source.ocid(), source.releaseId(), this.ocid);
	}

	private String releaseIdOf(long sourceId) {
		return this.facts.sources()
			.stream()
			.filter((source) -> source.id() == sourceId)
			.findFirst()
			.map(this::releaseId)
			.orElse(this.ocids.prefix() + "-source-" + sourceId);
	}

}
