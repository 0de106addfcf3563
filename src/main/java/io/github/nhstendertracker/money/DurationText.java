package io.github.nhstendertracker.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contract duration as people write it: "5 years", "3 to 5 years", "up to 10
 * years", "at least 5 years", "18 months", "18 months to 3 years", and "7 years (3+2+2)"
 * (an initial term with extensions: at least 3 and at most 7 years). Also reads back
 * everything {@link io.github.nhstendertracker.money.MoneyFormat#duration} writes.
 */
public final class DurationText {

	/** Longer than this is a typing mistake. */
	public static final int CEILING_MONTHS = 100 * 12;

	static final String UNREADABLE = "Enter the duration like 5 years, 3 to 5 years, up to 10 years or 18 months";

	static final String ZERO = "Duration must be more than 0";

	static final String SHORT_ABOVE_LONG = "The shorter duration must not be more than the longer";

	static final String ABOVE_CEILING = "Duration must be 100 years or less";

	static final String PARTS = "The terms in brackets must add up to the whole duration";

	private static final String NUMBER = "(\\d{1,4}(?:\\.\\d{1,2})?)";

	private static final String UNIT = "(years?|yrs?|months?|mths?)";

	private static final Pattern ONE = Pattern.compile("^" + NUMBER + "\\s*-?\\s*" + UNIT + "$");

	private static final Pattern RANGE = Pattern
		.compile("^(?:between\\s+)?" + NUMBER + "\\s*" + UNIT + "?\\s*(?:-|to|and)\\s*" + NUMBER + "\\s*" + UNIT + "$");

	private static final Pattern UP_TO = Pattern.compile("^(?:up to|upto|no more than|a maximum of|max)\\s+(.+)$");

	private static final Pattern AT_LEAST = Pattern.compile("^(?:at least|a minimum of|min|over|more than)\\s+(.+)$");

	private static final Pattern PARTS_IN_BRACKETS = Pattern.compile("^(.+?)\\s*\\(([\\d.\\s+]+)\\)$");

	private DurationText() {
	}

	/**
	 * A duration in whole months; either end may be null, not both.
	 *
	 * @param minMonths the shortest the contract runs, or null
	 * @param maxMonths the longest, or null
	 */
	public record Reading(Integer minMonths, Integer maxMonths) {

	}

	/**
	 * Reads the text, or returns empty if it is blank.
	 * @throws ValueText.UnreadableException with a message for the admin if it cannot be
	 * read
	 */
	public static Optional<Reading> read(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (text.length() > 60) {
			throw new ValueText.UnreadableException(UNREADABLE);
		}
		String normal = text.toLowerCase(Locale.ROOT)
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.replaceAll("\\s+", " ")
			.trim();
		if (normal.startsWith("-") || normal.startsWith("minus")) {
			throw new ValueText.UnreadableException("Duration cannot be negative");
		}
		return Optional.of(checked(readDuration(normal)));
	}

	private static Reading readDuration(String text) {
		Matcher parts = PARTS_IN_BRACKETS.matcher(text);
		if (parts.matches()) {
			Reading whole = readDuration(parts.group(1));
			if (whole.minMonths() == null || !whole.minMonths().equals(whole.maxMonths())) {
				throw new ValueText.UnreadableException(UNREADABLE);
			}
			String unit = ONE.matcher(parts.group(1)).matches() ? unitOf(parts.group(1)) : "years";
			String[] terms = parts.group(2).split("\\+");
			int sum = 0;
			int first = -1;
			for (String term : terms) {
				if (term.isBlank()) {
					throw new ValueText.UnreadableException(UNREADABLE);
				}
				int months = months(term.trim(), unit);
				sum += months;
				first = (first < 0) ? months : first;
			}
			if (sum != whole.maxMonths()) {
				throw new ValueText.UnreadableException(PARTS);
			}
			return new Reading(first, whole.maxMonths());
		}
		Matcher upTo = UP_TO.matcher(text);
		if (upTo.matches()) {
			Reading inner = readDuration(upTo.group(1));
			return new Reading(null, inner.maxMonths());
		}
		Matcher atLeast = AT_LEAST.matcher(text);
		if (atLeast.matches()) {
			Reading inner = readDuration(atLeast.group(1));
			return new Reading(inner.minMonths(), null);
		}
		Matcher one = ONE.matcher(text);
		if (one.matches()) {
			int months = months(one.group(1), one.group(2));
			return new Reading(months, months);
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			String lowUnit = (range.group(2) != null) ? range.group(2) : range.group(4);
			return new Reading(months(range.group(1), lowUnit), months(range.group(3), range.group(4)));
		}
		throw new ValueText.UnreadableException(UNREADABLE);
	}

	private static String unitOf(String text) {
		Matcher one = ONE.matcher(text);
		return one.matches() ? one.group(2) : "years";
	}

	private static int months(String number, String unit) {
		BigDecimal amount = new BigDecimal(number);
		BigDecimal months = unit.startsWith("y") ? amount.multiply(BigDecimal.valueOf(12)) : amount;
		if (months.stripTrailingZeros().scale() > 0) {
			throw new ValueText.UnreadableException("Enter the duration in whole months, like 18 months");
		}
		if (months.compareTo(BigDecimal.valueOf(CEILING_MONTHS)) > 0) {
			throw new ValueText.UnreadableException(ABOVE_CEILING);
		}
		return months.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
	}

	private static Reading checked(Reading reading) {
		if ((reading.minMonths() != null && reading.minMonths() <= 0)
				|| (reading.maxMonths() != null && reading.maxMonths() <= 0)) {
			throw new ValueText.UnreadableException(ZERO);
		}
		if (reading.minMonths() != null && reading.maxMonths() != null && reading.minMonths() > reading.maxMonths()) {
			throw new ValueText.UnreadableException(SHORT_ABOVE_LONG);
		}
		return reading;
	}

}
