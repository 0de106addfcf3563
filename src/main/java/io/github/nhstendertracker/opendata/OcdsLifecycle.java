package io.github.nhstendertracker.opendata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.opendata.TenderFacts.Event;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.TenderStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tender's life in OCDS terms, with codes from the OCDS 1.1.5 codelists only: the
 * release tags a set of events calls for, the tender status, and each event as a
 * milestone (its tracker type as the milestone's {@code code}).
 */
final class OcdsLifecycle {

	/** The release tags, in the order of the releaseTag codelist. */
	static final List<String> TAGS = List.of("planning", "planningUpdate", "tender", "tenderAmendment", "tenderUpdate",
			"tenderCancellation", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate",
			"contractAmendment", "implementation", "implementationUpdate", "contractTermination", "compiled");

	private static final Set<EventType> UPDATES = EnumSet.of(EventType.PAUSE, EventType.DELAY, EventType.REVIEW,
			EventType.BIDDERS_NAMED, EventType.CONSORTIUM_FORMING, EventType.WITHDRAWAL);

	private OcdsLifecycle() {
	}

	/** Whether the tender was ever awarded: then a collapse ends a contract. */
	static boolean awarded(TenderFacts facts) {
		return facts.events().stream().anyMatch((event) -> !event.expected() && isAwardOrContract(event.type()))
				|| facts.bids().stream().anyMatch((bid) -> bid.role() == BidRole.AWARDED);
	}

	/** Whether the contract was ended early by these events. */
	static boolean terminated(List<Event> events, boolean awarded) {
		return events.stream()
			.anyMatch((event) -> !event.expected()
					&& (event.type() == EventType.TERMINATION || (event.type() == EventType.COLLAPSE && awarded)));
	}

	/** Whether these events cancel the tender. */
	static boolean cancelled(List<Event> events, boolean awarded) {
		return events.stream()
			.anyMatch((event) -> !event.expected()
					&& (event.type() == EventType.CANCELLATION || (event.type() == EventType.COLLAPSE && !awarded)));
	}

	/** The tags of a release that reports these events and awarded bids. */
	static List<String> tags(List<Event> events, boolean awardedBids, boolean awarded) {
		Set<String> tags = new LinkedHashSet<>();
		for (Event event : events) {
			if (event.expected()) {
				continue;
			}
			switch (event.type()) {
				case MARKET_ENGAGEMENT, BOARD_DECISION -> tags.add("planning");
				case NOTICE_PUBLISHED -> tags.add("tender");
				case AMENDMENT -> tags.add("tenderAmendment");
				case CANCELLATION -> tags.add("tenderCancellation");
				case AWARD, PREFERRED_BIDDER -> tags.add("award");
				case CONTRACT_SIGNED, CONTRACT_START -> tags.add("contract");
				case TERMINATION -> tags.add("contractTermination");
				case COLLAPSE -> tags.add(awarded ? "contractTermination" : "tenderCancellation");
				default -> {
					if (UPDATES.contains(event.type())) {
						tags.add("tenderUpdate");
					}
				}
			}
		}
		if (awardedBids) {
			tags.add("award");
		}
		if (tags.isEmpty()) {
			tags.add("tenderUpdate");
		}
		return TAGS.stream().filter(tags::contains).toList();
	}

	/** The tender status (tenderStatus codelist) of a tender's current status. */
	static String tenderStatus(TenderStatus status, boolean awarded) {
		return switch (status) {
			case PLANNED -> "planned";
			// Bids closed but not yet awarded is still active in the codelist: being
			// evaluated.
			case OPEN, AWAITING_AWARD, PREFERRED_BIDDER, PAUSED, DELAYED -> "active";
			case AWARDED, ENDED -> "complete";
			case COLLAPSED -> awarded ? "complete" : "cancelled";
			case CANCELLED -> "cancelled";
		};
	}

	/**
	 * Why the tender stands where it does, in words, when a pause, delay, collapse or
	 * cancellation explains it: the status and the latest such event's description.
	 */
	static String statusDetails(List<Event> events) {
		Event latest = null;
		for (Event event : events) {
			if (!event.expected() && switch (event.type()) {
				case PAUSE, DELAY, COLLAPSE, CANCELLATION, TERMINATION -> true;
				default -> false;
			}) {
				latest = event;
			}
		}
		return (latest != null) ? latest.type().label() + ": " + latest.description() : null;
	}

	/** Each event as a milestone. */
	static void putMilestones(ObjectNode tender, List<Event> events) {
		if (events.isEmpty()) {
			return;
		}
		ArrayNode milestones = tender.putArray("milestones");
		for (Event event : events) {
			ObjectNode milestone = milestones.addObject();
			milestone.put("id", "event-" + event.id());
			milestone.put("title", event.type().label());
			String type = milestoneType(event.type());
			if (type != null) {
				milestone.put("type", type);
			}
			milestone.put("code", event.type().name());
			milestone.put("description", event.description() + precision(event));
			milestone.put(event.expected() ? "dueDate" : "dateMet", dateTime(event.date()));
			milestone.put("status", event.expected() ? "scheduled" : "met");
		}
	}

	/** An OCDS date-time for a day: its start, in UTC. */
	static String dateTime(LocalDate date) {
		return date + "T00:00:00Z";
	}

	private static boolean isAwardOrContract(EventType type) {
		return type == EventType.AWARD || type == EventType.CONTRACT_START || type == EventType.CONTRACT_SIGNED
				|| type == EventType.TERMINATION;
	}

	/** The milestoneType code where one fits; none is better than a wrong one. */
	private static String milestoneType(EventType type) {
		return switch (type) {
			case MARKET_ENGAGEMENT -> "engagement";
			case BOARD_DECISION -> "approval";
			case BID_DEADLINE, BIDDERS_NAMED, PREFERRED_BIDDER, AWARD, WITHDRAWAL -> "assessment";
			case CONTRACT_START, CONTRACT_SIGNED, CONTRACT_END, TERMINATION -> "delivery";
			default -> null;
		};
	}

	/** How precise the date is, in words, when it is not an exact day. */
	private static String precision(Event event) {
		String by = (event.qualifier() == DateQualifier.BY) ? " at the latest" : "";
		if (event.precision() == DatePrecision.DAY) {
			return by.isEmpty() ? "" : " (by this date at the latest)";
		}
		String unit = (event.precision() == DatePrecision.MONTH) ? "month" : "year";
		return " (the source dates this to the " + unit + by + "; the date given is the " + unit + "'s first day)";
	}

}
