package io.github.nhstendertracker.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * Reads a contract value as people type it from a notice or article: "£3.4bn", "750m",
 * "£1,200,000", "over £1bn", "up to £50m", "£50m a year", "£3.4bn to £5.4bn", "between
 * £750m and £1bn", "£750m to over £1bn". "Over £X" is kept the way the tracker stores it
 * everywhere: a low and high of X with an open top.
 */
public final class ValueText {

	/** Anything above this is a typing mistake rather than an NHS contract. */
	public static final BigDecimal CEILING = new BigDecimal("100000000000");

	static final String UNREADABLE = "Enter the value like £3.4bn, £750m to £1bn, over £1bn or £50m a year";

	static final String NEGATIVE = "Value cannot be negative";

	static final String LOW_ABOVE_HIGH = "The lower figure must not be more than the higher";

	static final String ABOVE_CEILING = "Value must be £100bn or less – check for a typing mistake";

	private static final Pattern ANNUAL = Pattern.compile(
			"^(.*?)\\s*(?:,\\s*)?(?:a year|per year|a yr|per yr|per annum|p\\.?\\s?a\\.?|/\\s*(?:year|yr)|annually|yearly|each year)$");

	private static final Pattern TOTAL = Pattern.compile("^(.*?)\\s*(?:,\\s*)?(?:in total|total)$");

	private static final Pattern OVER = Pattern
		.compile("^(?:over|more than|above|in excess of|greater than|upwards of)\\s+(.+)$");

	private static final Pattern PLUS = Pattern.compile("^(.+?)\\s*\\+$");

	private static final Pattern UP_TO = Pattern
		.compile("^(?:up to|upto|no more than|not more than|a maximum of|maximum of|max)\\s+(.+)$");

	private static final Pattern BETWEEN = Pattern.compile("^between\\s+(.+?)\\s+and\\s+(.+)$");

	private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:\\s(?:to)\\s|-)\\s*(.+)$");

	/**
	 * Something shaped like an amount: MoneyInput reads it unless it is absurdly large.
	 */
	private static final Pattern AMOUNT_SHAPE = Pattern
		.compile("£?\\s*[\\d,]+(\\.\\d+)?\\s*(k|m|bn|b|thousand|million|billion|trillion|tn)?");

	private static final Pattern UNIT = Pattern.compile("(k|m|bn|b|thousand|million|billion)$");

	private ValueText() {
	}

	/**
	 * A value as read from text.
	 *
	 * @param low the lower figure, or null for "up to" figures
	 * @param high the higher figure, or null
	 * @param highOpen whether the top is open ("over £1bn", "£750m to over £1bn")
	 * @param basis whether it is for the whole contract or a year of it
	 */
	public record Reading(BigDecimal low, BigDecimal high, boolean highOpen, ValueBasis basis) {

		/**
		 * This value with a contract duration, as the tender and its figures store it.
		 */
		public ContractValue withDuration(Integer minMonths, Integer maxMonths) {
			return new ContractValue(this.low, this.high, this.highOpen, this.basis, minMonths, maxMonths);
		}

	}

	/** Text that cannot be read as a value, with the message to show the admin. */
	public static class UnreadableException extends IllegalArgumentException {

		public UnreadableException(String message) {
			super(message);
		}

	}

	/**
	 * Reads the text, or returns empty if it is blank.
	 * @throws UnreadableException with a message for the admin if it cannot be read
	 */
	public static Optional<Reading> read(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (text.length() > 100) {
			throw new UnreadableException(UNREADABLE);
		}
		String normal = normalise(text);
		ValueBasis basis = ValueBasis.TOTAL;
		Matcher annual = ANNUAL.matcher(normal);
		if (annual.matches()) {
			basis = ValueBasis.ANNUAL;
			normal = annual.group(1);
		}
		else {
			Matcher total = TOTAL.matcher(normal);
			if (total.matches()) {
				normal = total.group(1);
			}
		}
		return Optional.of(checked(readRange(normal.trim(), basis)));
	}

	/**
	 * Writes a value as text that {@link #read} reads back exactly: the form's text when
	 * an admin edits a tender.
	 */
	public static String write(ContractValue value, MoneyFormat money) {
		if (value == null || !value.known()) {
			return "";
		}
		String text;
		if (value.low() == null) {
			text = "up to " + amount(value.high(), money);
		}
		else if (value.high() == null) {
			text = "over " + amount(value.low(), money);
		}
		else if (value.low().compareTo(value.high()) == 0) {
			text = (value.highOpen() ? "over " : "") + amount(value.low(), money);
		}
		else {
			text = amount(value.low(), money) + " to " + (value.highOpen() ? "over " : "")
					+ amount(value.high(), money);
		}
		return text + ((value.basis() == ValueBasis.ANNUAL) ? " a year" : "");
	}

	/**
	 * What was understood, in exact pounds: "£3,400,000,000 to £5,400,000,000 in total",
	 * "over £50,000,000 a year".
	 */
	public static String understood(ContractValue value, MoneyFormat money) {
		if (value == null || !value.known()) {
			return "Not known";
		}
		MoneyRange range = new MoneyRange(value.low(), value.high(), value.highOpen(), false);
		String text = (value.low() != null && value.high() == null) ? "over " + money.exact(value.low())
				: money.rangeExact(range);
		return text + ((value.basis() == ValueBasis.ANNUAL) ? " a year" : " in total");
	}

	private static String amount(BigDecimal amount, MoneyFormat money) {
		String compact = money.compact(amount);
		Optional<BigDecimal> back = MoneyInput.parse(compact);
		return (back.isPresent() && back.get().compareTo(amount) == 0) ? compact : money.exact(amount);
	}

	private static Reading readRange(String text, ValueBasis basis) {
		Matcher between = BETWEEN.matcher(text);
		if (between.matches()) {
			return range(between.group(1), between.group(2), basis);
		}
		Matcher upTo = UP_TO.matcher(text);
		if (upTo.matches()) {
			return new Reading(null, amount(upTo.group(1)), false, basis);
		}
		Matcher over = OVER.matcher(text);
		if (over.matches()) {
			BigDecimal low = amount(over.group(1));
			return new Reading(low, low, true, basis);
		}
		Matcher plus = PLUS.matcher(text);
		if (plus.matches()) {
			BigDecimal low = amount(plus.group(1));
			return new Reading(low, low, true, basis);
		}
		if (negative(text)) {
			throw new UnreadableException(NEGATIVE);
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			return range(range.group(1), range.group(2), basis);
		}
		BigDecimal single = amount(text);
		return new Reading(single, single, false, basis);
	}

	private static Reading range(String lowText, String highText, ValueBasis basis) {
		String high = highText.trim();
		boolean open = false;
		Matcher over = OVER.matcher(high);
		if (over.matches()) {
			open = true;
			high = over.group(1);
		}
		else {
			Matcher plus = PLUS.matcher(high);
			if (plus.matches()) {
				open = true;
				high = plus.group(1);
			}
		}
		String low = lowText.trim();
		Matcher unit = UNIT.matcher(high);
		// "£3.4 to £5.4bn": a unit written once applies to both figures, when the bare
		// numbers read that way ("£500 to £2m" stays five hundred pounds).
		if (!negative(low) && !UNIT.matcher(low).find() && unit.find()) {
			Optional<BigDecimal> bareLow = MoneyInput.parse(low);
			Optional<BigDecimal> bareHigh = MoneyInput.parse(high.substring(0, unit.start()));
			if (bareLow.isPresent() && bareHigh.isPresent() && bareLow.get().compareTo(bareHigh.get()) <= 0) {
				low = low + unit.group(1);
			}
		}
		return new Reading(amount(low), amount(high), open, basis);
	}

	private static BigDecimal amount(String text) {
		String trimmed = text.trim();
		if (negative(trimmed)) {
			throw new UnreadableException(NEGATIVE);
		}
		Optional<BigDecimal> amount = MoneyInput.parse(trimmed);
		if (amount.isPresent()) {
			return amount.get();
		}
		if (AMOUNT_SHAPE.matcher(trimmed).matches()) {
			throw new UnreadableException(ABOVE_CEILING);
		}
		throw new UnreadableException(UNREADABLE);
	}

	private static boolean negative(String text) {
		return text.startsWith("-") || text.startsWith("£-") || text.startsWith("minus") || text.startsWith("£ -");
	}

	private static Reading checked(Reading reading) {
		for (BigDecimal amount : new BigDecimal[] { reading.low(), reading.high() }) {
			if (amount != null && amount.compareTo(CEILING) > 0) {
				throw new UnreadableException(ABOVE_CEILING);
			}
		}
		if (reading.low() != null && reading.high() != null && reading.low().compareTo(reading.high()) > 0) {
			throw new UnreadableException(LOW_ABOVE_HIGH);
		}
		return reading;
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.replace('\u2212', '-')
			.replace('\u00a0', ' ')
			.replaceAll("\\s+", " ")
			.trim();
	}

}
