package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.money.MoneyInput;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.util.MultiValueMap;

/**
 * Reads a {@link TenderQuery} from request parameters. Every problem is reported against
 * the parameter that caused it, with a message a person can act on; nothing is silently
 * dropped, and a bad parameter is left at its default.
 */
final class TenderQueryParser {

	private final MultiValueMap<String, String> params;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private boolean canonical = true;

	TenderQueryParser(MultiValueMap<String, String> params) {
		this.params = params;
	}

	Parsed parse() {
		String q = keywords();
		BigDecimal min = money("minValue", "minimum");
		BigDecimal max = money("maxValue", "maximum");
		if (min != null && max != null && min.compareTo(max) > 0) {
			this.errors.put("maxValue", "Maximum value must be the same as or more than the minimum value");
		}
		ValueBasis basis = ValueBasis.TOTAL;
		String basisText = single("valueBasis");
		if (basisText != null) {
			if (basisText.equals("annual")) {
				basis = ValueBasis.ANNUAL;
			}
			else if (!basisText.equals("total")) {
				this.errors.put("valueBasis", "Value basis must be total or annual");
			}
		}
		Set<NhsRegion> regions = enums("region", "NHS region", NhsRegion::fromSlug);
		Set<ItlRegion> itls = enums("itl", "ITL1 region", ItlRegion::fromCode);
		Set<Long> commissioners = ids("commissioner");
		Set<Long> bidders = ids("bidder");
		Set<TenderStatus> statuses = enums("status", "status", (s) -> Slugs.parse(TenderStatus.class, s));
		Set<ServiceArea> areas = enums("serviceArea", "service area", (s) -> Slugs.parse(ServiceArea.class, s));
		Set<EventType> events = enums("event", "event", (s) -> Slugs.parse(EventType.class, s));
		LocalDate from = date("from", "From");
		LocalDate to = date("to", "To");
		if (from != null && to != null && from.isAfter(to)) {
			this.errors.put("to", "The ‘to’ date must be the same as or after the ‘from’ date");
		}
		SearchSort sort = (q != null) ? SearchSort.RELEVANCE : SearchSort.LATEST;
		String sortText = single("sort");
		if (sortText != null) {
			SearchSort chosen = SearchSort.fromParam(sortText).orElse(null);
			if (chosen == null) {
				this.errors.put("sort", "Sort must be one of: latest, value, title, status or relevance");
			}
			else if (chosen == SearchSort.RELEVANCE && q == null) {
				this.errors.put("sort", "Sort by relevance needs keywords to search for");
			}
			else {
				sort = chosen;
			}
		}
		boolean descending = sort.descendingByDefault();
		String dir = single("dir");
		if (dir != null) {
			if (dir.equals("asc") || dir.equals("desc")) {
				descending = dir.equals("desc");
			}
			else {
				this.errors.put("dir", "Direction must be asc or desc");
			}
		}
		int size = 25;
		String sizeText = single("size");
		if (sizeText != null) {
			if (sizeText.matches("\\d{1,3}") && TenderQuery.SIZES.contains(Integer.parseInt(sizeText))) {
				size = Integer.parseInt(sizeText);
			}
			else {
				this.errors.put("size", "Results per page must be 25, 50 or 100");
			}
		}
		SearchCursor after = cursor("after", sort);
		SearchCursor before = cursor("before", sort);
		if (after != null && before != null) {
			this.errors.put("after", "Use either ‘after’ or ‘before’ to page, not both");
		}
		TenderQuery query = new TenderQuery(q, min, max, basis, regions, itls, commissioners, bidders, statuses, areas,
				events, from, to, sort, descending, size, after, before);
		return new Parsed(query, this.errors, this.canonical);
	}

	private String single(String name) {
		List<String> values = this.params.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		String value = values.get(0).trim();
		if (values.size() > 1) {
			this.errors.put(name, "Give ‘" + name + "’ only once");
			return null;
		}
		return value.isEmpty() ? null : value;
	}

	private String keywords() {
		String q = single("q");
		if (q == null) {
			return null;
		}
		if (q.length() > TenderQuery.MAX_KEYWORDS) {
			this.errors.put("q", "Keywords must be " + TenderQuery.MAX_KEYWORDS + " characters or fewer");
			return null;
		}
		if (q.chars().anyMatch((c) -> Character.isISOControl(c))) {
			this.errors.put("q", "Keywords must not contain control characters");
			return null;
		}
		return q;
	}

	private BigDecimal money(String name, String label) {
		String text = single(name);
		if (text == null) {
			return null;
		}
		BigDecimal amount = MoneyInput.parse(text).orElse(null);
		if (amount == null) {
			this.errors.put(name, "Enter the " + label
					+ " value as an amount in pounds, like 750m, £3.4bn or 1,000,000, up to £1,000bn");
			return null;
		}
		if (!MoneyInput.isPlain(text)) {
			this.canonical = false;
		}
		return amount;
	}

	private <E> Set<E> enums(String name, String label, Function<String, Optional<E>> lookup) {
		Set<E> found = new LinkedHashSet<>();
		for (String value : values(name)) {
			E parsed = lookup.apply(value).orElse(null);
			if (parsed == null) {
				this.errors.put(name, "There is no " + label + " called ‘" + abbreviate(value) + "’");
			}
			else {
				found.add(parsed);
			}
		}
		return ordered(found);
	}

	private Set<Long> ids(String name) {
		Set<Long> found = new LinkedHashSet<>();
		for (String value : values(name)) {
			if (value.matches("\\d{1,18}")) {
				found.add(Long.parseLong(value));
			}
			else {
				this.errors.put(name, "A " + name + " must be given by its id, a whole number");
			}
		}
		return ordered(found);
	}

	private static <E> Set<E> ordered(Set<E> values) {
		// Natural order (enum declaration, ascending ids) so canonical URLs are
		// stable.
		return Collections.unmodifiableSet(new TreeSet<>(values));
	}

	private Collection<String> values(String name) {
		List<String> values = this.params.getOrDefault(name, List.of())
			.stream()
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
		if (values.size() > TenderQuery.MAX_VALUES) {
			this.errors.put(name, "Choose at most " + TenderQuery.MAX_VALUES + " values for ‘" + name + "’");
			return List.of();
		}
		return values;
	}

	private LocalDate date(String name, String label) {
		String text = single(name);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 1990 || date.getYear() > 2100) {
				this.errors.put(name, label + " date must be between 1990 and 2100");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			this.errors.put(name, label + " date must be a real date, written like 2016-02-29");
			return null;
		}
	}

	private SearchCursor cursor(String name, SearchSort sort) {
		String text = single(name);
		if (text == null) {
			return null;
		}
		SearchCursor cursor = SearchCursor.parse(text).filter((parsed) -> parsed.sort() == sort).orElse(null);
		if (cursor == null) {
			this.errors.put(name, "This page link is out of date or damaged: start again from the first page");
		}
		return cursor;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
