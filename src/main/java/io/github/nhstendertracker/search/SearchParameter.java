package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * The tender search's parameters, each named once with what it means, an example and the
 * values it takes. {@link TenderQueryParser} reads parameters only through these,
 * {@link TenderQuery} writes its canonical URLs with them, and the API description lists
 * exactly these, so the three cannot drift apart.
 */
enum SearchParameter {

	Q("q", Kind.TEXT, "community care", """
			Keywords, matched with PostgreSQL full-text search (English stemming) over the title, the \
			description and the commissioner and bidder names. `"a phrase"`, `-leave-out` and `or` work as \
			in web search. With keywords the result is sorted by relevance, and each item's `title` and \
			`snippet` mark the words that matched. At most 200 characters."""),

	MIN_VALUE("minValue", Kind.MONEY, "500m", """
			Tenders worth at least this much, in pounds. A tender matches when its value range overlaps \
			the range asked for. Plain numbers (`500000000`) or as people write them (`500m`, `£3.4bn`, \
			`1,000,000`), up to £1,000bn."""),

	MAX_VALUE("maxValue", Kind.MONEY, "5bn", """
			Tenders worth at most this much, in pounds, written as for `minValue`. An open upper bound \
			("over £1bn") is unbounded, so such a tender matches any maximum above its lower bound. Must \
			not be less than `minValue`."""),

	VALUE_BASIS("valueBasis", Kind.CHOICE, "annual", """
			Whether values are compared, sorted and summed as the whole contract's (`total`, the default) \
			or per year (`annual`). Where only one basis was reported and the duration is known, the other \
			is derived. With a value filter, tenders with no value on this basis are left out and counted \
			in the summary's `noValue`.""", slugs(ValueBasis.values())),

	REGION("region", Kind.CHOICES, "midlands", "NHS England region. Repeatable: any of the regions given.",
			choices(NhsRegion.values(), NhsRegion::slug)),

	ITL("itl", Kind.CHOICES, "TLG", "ITL1 region code. Repeatable: any of the regions given.",
			choices(ItlRegion.values(), ItlRegion::code)),

	COMMISSIONER("commissioner", Kind.IDS, "8", """
			Commissioner id, as in `/api/commissioners`. Repeatable: tenders of any of them, and (unless \
			`lineage` is `own`) of every body they took over from, all generations back: an integrated care \
			board's filter includes the tenders of the CCGs it replaced. An id that names no commissioner (or \
			an archived one) is a 400."""),

	LINEAGE(LineageScope.PARAM, Kind.CHOICE, "own", """
			With `commissioner`: `all` (the default) includes the tenders of the bodies each commissioner \
			took over from; `own` gives only the tenders in the commissioners' own names.""",
			choices(LineageScope.values(), LineageScope::param)),

	BIDDER("bidder", Kind.IDS, "2", """
			Bidder id, as in `/api/bidders`. Repeatable: tenders bid for by any of them. An id that names \
			no bidder (or an archived one) is a 400."""),

	STATUS("status", Kind.CHOICES, "paused", "Current status. Repeatable: any of the statuses given.",
			slugs(TenderStatus.values())),

	SERVICE_AREA("serviceArea", Kind.CHOICES, "cancer", "Service area. Repeatable: tenders in any of the areas given.",
			slugs(ServiceArea.values())),

	EVENT("event", Kind.CHOICES, "collapse",
			"Tenders that have ever had an event of this type. Repeatable: any of the types given.",
			slugs(EventType.values())),

	FROM("from", Kind.DATE, "2016-01-01", """
			Tenders with any event on or after this date (ISO, between 1990 and 2100). An event known only \
			to the month or year is dated by the first day of it."""),

	TO("to", Kind.DATE, "2016-12-31",
			"Tenders with any event on or before this date (ISO, between 1990 and 2100), not before `from`."),

	DEADLINE_FROM("deadlineFrom", Kind.DATE, "2026-12-01", """
			Tenders whose bid deadline is on or after this date (ISO, between 1990 and 2100). A deadline known \
			only to the month or year is dated by the first day of it; tenders with no deadline are left out."""),

	DEADLINE_TO("deadlineTo", Kind.DATE, "2026-12-31",
			"Tenders whose bid deadline is on or before this date (ISO), not before `deadlineFrom`."),

	END_FROM("endFrom", Kind.DATE, "2027-01-01", """
			Tenders whose contract ends on or after this date (ISO, between 1990 and 2100): the end a source \
			reported, or else the contract start plus the longest duration. Tenders with no known end are \
			left out."""),

	END_TO("endTo", Kind.DATE, "2028-12-31",
			"Tenders whose contract ends on or before this date (ISO), not before `endFrom`."),

	CPV("cpv", Kind.CODES, "85100000", """
			What is bought, as a CPV code: tenders with this code or any code under it (`85100000`, health \
			services, also matches `85121200`). Two to eight digits; a shorter code is read as the start of \
			one (`851` is `85100000`), and a check digit (`85100000-0`) is dropped. Repeatable, or several \
			in one value separated by commas: tenders with any of them. Only tenders from open data have \
			CPV codes."""),

	OCID("ocid", Kind.TEXT, "ocds-b5fd17-2c6e0b8a-7c5e-4bd3-8b8e-1a2b3c4d5e6f", """
			The open contracting id of a process, as the portals publish it: the tender with this ocid and \
			its lots. Starts with `ocds-`, at most 100 characters."""),

	SORT("sort", Kind.CHOICE, "value", """
			What the result is sorted by: the latest event (the default without keywords), the value on \
			`valueBasis`, the title, the status, the bid deadline, the contract end, or relevance (the \
			default with keywords, which it needs). Tenders with no deadline or end sort after those \
			with one.""", choices(SearchSort.values(), SearchSort::slug)),

	DIR("dir", Kind.CHOICE, "asc", """
			Sort direction. By default descending for latest, value and relevance, ascending for title, \
			status, deadline and end.""", List.of("asc", "desc")),

	SIZE("size", Kind.NUMBER_CHOICE, "50", "Items on a page (25 by default).",
			TenderQuery.SIZES.stream().map(String::valueOf).toList()),

	AFTER("after", Kind.CURSOR, null, """
			The page after this position: an opaque cursor. Take it from a result's `next` link rather than \
			making one; a cursor from another sort is refused."""),

	BEFORE("before", Kind.CURSOR, null, """
			The page before this position: an opaque cursor, from a result's `previous` link. Not together \
			with `after`.""");

	/** The shape of a parameter's values. */
	enum Kind {

		/** Free text. */
		TEXT,
		/** An amount of money, in pounds. */
		MONEY,
		/** One of the choices. */
		CHOICE,
		/** Any of the choices, repeated. */
		CHOICES,
		/** One of the choices, all whole numbers. */
		NUMBER_CHOICE,
		/** Record ids, repeated. */
		IDS,
		/** Codes, repeated. */
		CODES,
		/** An ISO date. */
		DATE,
		/** An opaque page position. */
		CURSOR;

		boolean repeatable() {
			return this == CHOICES || this == IDS || this == CODES;
		}

	}

	private final String param;

	private final Kind kind;

	private final String example;

	private final String description;

	private final List<String> choices;

	SearchParameter(String param, Kind kind, String example, String description) {
		this(param, kind, example, description, List.of());
	}

	SearchParameter(String param, Kind kind, String example, String description, List<String> choices) {
		this.param = param;
		this.kind = kind;
		this.example = example;
		this.description = description;
		this.choices = choices;
	}

	/** The name in the URL. */
	String param() {
		return this.param;
	}

	Kind kind() {
		return this.kind;
	}

	/** A value the search accepts, or null where none can be written by hand. */
	String example() {
		return this.example;
	}

	/** What the parameter does, in Markdown. */
	String description() {
		return this.description;
	}

	/** The values it takes, in order, or empty for any value of its kind. */
	List<String> choices() {
		return this.choices;
	}

	/** The choices as a person reads them: "25, 50 or 100". */
	String choicesText() {
		int last = this.choices.size() - 1;
		return String.join(", ", this.choices.subList(0, last)) + " or " + this.choices.get(last);
	}

	/**
	 * Whether it filters which tenders match, rather than ordering or paging them: the
	 * parameters a summary depends on.
	 */
	boolean filter() {
		return ordinal() <= END_TO.ordinal();
	}

	private static List<String> slugs(Enum<?>[] values) {
		return choices(values, Slugs::of);
	}

	private static <E> List<String> choices(E[] values, Function<E, String> param) {
		return Arrays.stream(values).map(param).toList();
	}

}
