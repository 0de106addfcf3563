package io.github.nhstendertracker.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.commissioner.Predecessors;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * The filters a search applies, one tag per value, each with the link that removes just
 * that value. Commissioners and bidders are tagged by name, so only those whose names
 * were found are tagged: an id that is not known is an error on the page instead.
 */
final class FilterTags {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final MoneyFormat MONEY = new MoneyFormat();

	private FilterTags() {
	}

	static List<Tag> of(TenderQuery q, SearchLinks links, Map<Long, String> commissionerNames,
			Map<Long, String> bidderNames, Predecessors predecessors) {
		List<Tag> tags = new ArrayList<>();
		String basis = (q.valueBasis() == ValueBasis.ANNUAL) ? " a year" : "";
		if (q.q() != null) {
			tags.add(new Tag("Keywords", q.q(), links.without("q", q.q())));
		}
		if (q.minValue() != null) {
			tags.add(new Tag("Value", "from " + MONEY.compact(q.minValue()) + basis,
					links.without("minValue", q.minValue().toPlainString())));
		}
		if (q.maxValue() != null) {
			tags.add(new Tag("Value", "up to " + MONEY.compact(q.maxValue()) + basis,
					links.without("maxValue", q.maxValue().toPlainString())));
		}
		q.regions().forEach((r) -> tags.add(new Tag("NHS region", r.label(), links.without("region", r.slug()))));
		q.itls().forEach((r) -> tags.add(new Tag("ITL1 region", r.label(), links.without("itl", r.code()))));
		commissionerNames.forEach(
				(id, name) -> tags.add(new Tag("Commissioner", name, links.without("commissioner", id.toString()))));
		if (!commissionerNames.isEmpty()) {
			lineage(q, links, predecessors).ifPresent(tags::add);
		}
		bidderNames.forEach((id, name) -> tags.add(new Tag("Bidder", name, links.without("bidder", id.toString()))));
		q.statuses().forEach((s) -> tags.add(new Tag("Status", s.label(), links.without("status", Slugs.of(s)))));
		q.serviceAreas()
			.forEach((a) -> tags.add(new Tag("Service area", a.label(), links.without("serviceArea", Slugs.of(a)))));
		q.events().forEach((e) -> tags.add(new Tag("Has had", e.label(), links.without("event", Slugs.of(e)))));
		day(tags, links, "Events from", "from", q.from());
		day(tags, links, "Events to", "to", q.to());
		day(tags, links, "Bid deadline from", "deadlineFrom", q.dueDates().deadlineFrom());
		day(tags, links, "Bid deadline to", "deadlineTo", q.dueDates().deadlineTo());
		day(tags, links, "Contract ends from", "endFrom", q.dueDates().endFrom());
		day(tags, links, "Contract ends to", "endTo", q.dueDates().endTo());
		q.cpvCodes()
			.forEach((code) -> tags.add(new Tag("CPV", code + " and codes under it", links.without("cpv", code))));
		if (q.ocid() != null) {
			tags.add(new Tag("Process (ocid)", q.ocid(), links.without("ocid", q.ocid())));
		}
		return tags;
	}

	private static void day(List<Tag> tags, SearchLinks links, String filter, String param, LocalDate date) {
		if (date != null) {
			tags.add(new Tag(filter, DAY.format(date), links.without(param, date.toString())));
		}
	}

	/**
	 * Whether the commissioners' predecessors' tenders are included: a tag whose link
	 * leaves them out, or (when they are left out) one whose link brings them back.
	 */
	private static Optional<Tag> lineage(TenderQuery q, SearchLinks links, Predecessors predecessors) {
		if (q.lineage() == LineageScope.OWN) {
			return Optional.of(new Tag("Lineage", "own tenders only, without the bodies they took over from",
					links.without(LineageScope.PARAM, LineageScope.OWN.param())));
		}
		int earlier = predecessors.earlier().size();
		if (earlier == 0) {
			return Optional.empty();
		}
		return Optional.of(new Tag("Lineage",
				"including the " + ((earlier == 1) ? "body" : earlier + " bodies") + " they took over from",
				links.ownTendersOnly()));
	}

	/** An applied filter: what it is, its value, and the link that removes it. */
	public record Tag(String filter, String value, String removeUrl) {
	}

}
