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

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.money.MoneyInput;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.TenderQuery.DueDates;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.util.MultiValueMap;

import static io.github.nhstendertracker.search.SearchParameter.AFTER;
import static io.github.nhstendertracker.search.SearchParameter.BEFORE;
import static io.github.nhstendertracker.search.SearchParameter.BIDDER;
import static io.github.nhstendertracker.search.SearchParameter.COMMISSIONER;
import static io.github.nhstendertracker.search.SearchParameter.CPV;
import static io.github.nhstendertracker.search.SearchParameter.DIR;
import static io.github.nhstendertracker.search.SearchParameter.EVENT;
import static io.github.nhstendertracker.search.SearchParameter.FROM;
import static io.github.nhstendertracker.search.SearchParameter.ITL;
import static io.github.nhstendertracker.search.SearchParameter.LINEAGE;
import static io.github.nhstendertracker.search.SearchParameter.MAX_VALUE;
import static io.github.nhstendertracker.search.SearchParameter.MIN_VALUE;
import static io.github.nhstendertracker.search.SearchParameter.OCID;
import static io.github.nhstendertracker.search.SearchParameter.Q;
import static io.github.nhstendertracker.search.SearchParameter.REGION;
import static io.github.nhstendertracker.search.SearchParameter.SERVICE_AREA;
import static io.github.nhstendertracker.search.SearchParameter.SIZE;
import static io.github.nhstendertracker.search.SearchParameter.SORT;
import static io.github.nhstendertracker.search.SearchParameter.STATUS;
import static io.github.nhstendertracker.search.SearchParameter.TO;
import static io.github.nhstendertracker.search.SearchParameter.END_TO;
import static io.github.nhstendertracker.search.SearchParameter.END_FROM;
import static io.github.nhstendertracker.search.SearchParameter.DEADLINE_TO;
import static io.github.nhstendertracker.search.SearchParameter.DEADLINE_FROM;
import static io.github.nhstendertracker.search.SearchParameter.VALUE_BASIS;

/**
 * Reads a {@link TenderQuery} from request parameters, each one named by its
 * {@link SearchParameter}. Every problem is reported against the parameter that caused
 * it, with a message a person can act on; nothing is silently dropped, and a bad
 * parameter is left at its default.
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
		BigDecimal min = money(MIN_VALUE, "minimum");
		BigDecimal max = money(MAX_VALUE, "maximum");
		if (min != null && max != null && min.compareTo(max) > 0) {
			error(MAX_VALUE, "Maximum value must be the same as or more than the minimum value");
		}
		ValueBasis basis = ValueBasis.TOTAL;
		String basisText = single(VALUE_BASIS);
		if (basisText != null) {
			basis = Slugs.parse(ValueBasis.class, basisText).orElse(null);
			if (basis == null) {
				error(VALUE_BASIS, "Value basis must be " + VALUE_BASIS.choicesText());
				basis = ValueBasis.TOTAL;
			}
		}
		Set<NhsRegion> regions = enums(REGION, "NHS region", NhsRegion::fromSlug);
		Set<ItlRegion> itls = enums(ITL, "ITL1 region", ItlRegion::fromCode);
		Set<Long> commissioners = ids(COMMISSIONER);
		LineageScope lineage = lineage();
		Set<Long> bidders = ids(BIDDER);
		Set<TenderStatus> statuses = enums(STATUS, "status", (s) -> Slugs.parse(TenderStatus.class, s));
		Set<ServiceArea> areas = enums(SERVICE_AREA, "service area", (s) -> Slugs.parse(ServiceArea.class, s));
		Set<EventType> events = enums(EVENT, "event", (s) -> Slugs.parse(EventType.class, s));
		LocalDate from = date(FROM, "From");
		LocalDate to = date(TO, "To");
		if (from != null && to != null && from.isAfter(to)) {
			error(TO, "The ‘to’ date must be the same as or after the ‘from’ date");
		}
		DueDates dueDates = new DueDates(date(DEADLINE_FROM, "Deadline from"), date(DEADLINE_TO, "Deadline to"),
				date(END_FROM, "End from"), date(END_TO, "End to"));
		order(dueDates.deadlineFrom(), dueDates.deadlineTo(), DEADLINE_TO, "bid deadline");
		order(dueDates.endFrom(), dueDates.endTo(), END_TO, "contract end");
		Set<String> cpvCodes = cpvCodes();
		String ocid = ocid();
		SearchSort sort = (q != null) ? SearchSort.RELEVANCE : SearchSort.LATEST;
		String sortText = single(SORT);
		if (sortText != null) {
			SearchSort chosen = SearchSort.fromParam(sortText).orElse(null);
			if (chosen == null) {
				error(SORT, "Sort must be one of: " + SORT.choicesText());
			}
			else if (chosen == SearchSort.RELEVANCE && q == null) {
				error(SORT, "Sort by relevance needs keywords to search for");
			}
			else {
				sort = chosen;
			}
		}
		boolean descending = sort.descendingByDefault();
		String dir = single(DIR);
		if (dir != null) {
			if (DIR.choices().contains(dir)) {
				descending = dir.equals("desc");
			}
			else {
				error(DIR, "Direction must be " + DIR.choicesText());
			}
		}
		int size = 25;
		String sizeText = single(SIZE);
		if (sizeText != null) {
			if (SIZE.choices().contains(sizeText)) {
				size = Integer.parseInt(sizeText);
			}
			else {
				error(SIZE, "Results per page must be " + SIZE.choicesText());
			}
		}
		SearchCursor after = cursor(AFTER, sort);
		SearchCursor before = cursor(BEFORE, sort);
		if (after != null && before != null) {
			error(AFTER, "Use either ‘after’ or ‘before’ to page, not both");
		}
		TenderQuery query = new TenderQuery(q, min, max, basis, regions, itls, commissioners, lineage, bidders,
				statuses, areas, events, from, to, cpvCodes, ocid, dueDates, sort, descending, size, after, before);
		return new Parsed(query, this.errors, this.canonical);
	}

	private void error(SearchParameter parameter, String message) {
		this.errors.put(parameter.param(), message);
	}

	private String single(SearchParameter parameter) {
		List<String> values = this.params.get(parameter.param());
		if (values == null || values.isEmpty()) {
			return null;
		}
		String value = values.get(0).trim();
		if (values.size() > 1) {
			error(parameter, "Give ‘" + parameter.param() + "’ only once");
			return null;
		}
		return value.isEmpty() ? null : value;
	}

	private LineageScope lineage() {
		String text = single(LINEAGE);
		if (text == null) {
			return LineageScope.ALL;
		}
		LineageScope scope = LineageScope.fromParam(text).orElse(null);
		if (scope == null) {
			error(LINEAGE, LineageScope.CHOICES_MESSAGE);
			return LineageScope.ALL;
		}
		return scope;
	}

	private String keywords() {
		String q = single(Q);
		if (q == null) {
			return null;
		}
		if (q.length() > TenderQuery.MAX_KEYWORDS) {
			error(Q, "Keywords must be " + TenderQuery.MAX_KEYWORDS + " characters or fewer");
			return null;
		}
		if (q.chars().anyMatch((c) -> Character.isISOControl(c))) {
			error(Q, "Keywords must not contain control characters");
			return null;
		}
		return q;
	}

	private BigDecimal money(SearchParameter parameter, String label) {
		String text = single(parameter);
		if (text == null) {
			return null;
		}
		BigDecimal amount = MoneyInput.parse(text).orElse(null);
		if (amount == null) {
			error(parameter, "Enter the " + label
					+ " value as an amount in pounds, like 750m, £3.4bn or 1,000,000, up to £1,000bn");
			return null;
		}
		if (!MoneyInput.isPlain(text)) {
			this.canonical = false;
		}
		return amount;
	}

	private <E> Set<E> enums(SearchParameter parameter, String label, Function<String, Optional<E>> lookup) {
		Set<E> found = new LinkedHashSet<>();
		for (String value : values(parameter)) {
			E parsed = lookup.apply(value).orElse(null);
			if (parsed == null) {
				error(parameter, "There is no " + label + " called ‘" + abbreviate(value) + "’");
			}
			else {
				found.add(parsed);
			}
		}
		return ordered(found);
	}

	private Set<Long> ids(SearchParameter parameter) {
		Set<Long> found = new LinkedHashSet<>();
		for (String value : values(parameter)) {
			if (value.matches("\\d{1,18}")) {
				found.add(Long.parseLong(value));
			}
			else {
				error(parameter, "A " + parameter.param() + " must be given by its id, a whole number");
			}
		}
		return ordered(found);
	}

	private static <E> Set<E> ordered(Set<E> values) {
		// Natural order (enum declaration, ascending ids) so canonical URLs are
		// stable.
		return Collections.unmodifiableSet(new TreeSet<>(values));
	}

	private Collection<String> values(SearchParameter parameter) {
		List<String> values = this.params.getOrDefault(parameter.param(), List.of())
			.stream()
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
		if (values.size() > TenderQuery.MAX_VALUES) {
			error(parameter, "Choose at most " + TenderQuery.MAX_VALUES + " values for ‘" + parameter.param() + "’");
			return List.of();
		}
		return values;
	}

	/**
	 * CPV codes as eight digits: a shorter code is padded with zeros, a check digit is
	 * dropped, and several in one value are split; any of those makes the URL
	 * non-canonical.
	 */
	private Set<String> cpvCodes() {
		Set<String> found = new LinkedHashSet<>();
		for (String value : values(CPV)) {
			String[] codes = value.split("[\\s,;]+");
			if (codes.length > 1) {
				this.canonical = false;
			}
			for (String code : codes) {
				if (!code.matches("\\d{2,8}(-\\d)?")) {
					error(CPV,
							"Enter a CPV code as 2 to 8 digits, like 85100000 or 851, not ‘" + abbreviate(code) + "’");
					continue;
				}
				String digits = code.replaceFirst("-\\d$", "");
				String padded = (digits + "00000000").substring(0, 8);
				if (!padded.equals(code)) {
					this.canonical = false;
				}
				found.add(padded);
			}
		}
		if (found.size() > TenderQuery.MAX_VALUES) {
			error(CPV, "Choose at most " + TenderQuery.MAX_VALUES + " CPV codes");
			return Set.of();
		}
		return ordered(found);
	}

	private String ocid() {
		String ocid = single(OCID);
		if (ocid == null) {
			return null;
		}
		if (!ocid.matches("ocds-\\S{1,95}")) {
			error(OCID,
					"Enter an ocid as the portals give it: it starts with ‘ocds-’, has no spaces and is at most 100 characters");
			return null;
		}
		return ocid;
	}

	private LocalDate date(SearchParameter parameter, String label) {
		String text = single(parameter);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 1990 || date.getYear() > 2100) {
				error(parameter, label + " date must be between 1990 and 2100");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			error(parameter, label + " date must be a real date, written like 2016-02-29");
			return null;
		}
	}

	private void order(LocalDate from, LocalDate to, SearchParameter toParameter, String what) {
		if (from != null && to != null && from.isAfter(to)) {
			error(toParameter, "The latest " + what + " date must be the same as or after the earliest");
		}
	}

	private SearchCursor cursor(SearchParameter parameter, SearchSort sort) {
		String text = single(parameter);
		if (text == null) {
			return null;
		}
		SearchCursor cursor = SearchCursor.parse(text).filter((parsed) -> parsed.sort() == sort).orElse(null);
		if (cursor == null) {
			error(parameter, "This page link is out of date or damaged: start again from the first page");
		}
		return cursor;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
