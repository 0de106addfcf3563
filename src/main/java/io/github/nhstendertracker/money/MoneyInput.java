package io.github.nhstendertracker.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money as people type it: "£3.4bn", "750m", "1,000,000", "£50
 * million", "12k".
 */
public final class MoneyInput {

	private static final Pattern AMOUNT = Pattern
		.compile("£?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(k|m|bn|b|thousand|million|billion)?");

	/** Anything above this is a typing mistake rather than a tender value. */
	public static final BigDecimal CEILING = new BigDecimal("1000000000000");

	private MoneyInput() {
	}

	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.length() > 40) {
			return Optional.empty();
		}
		String cleaned = text.trim().toLowerCase(Locale.ROOT).replace("gbp", "").trim();
		Matcher matcher = AMOUNT.matcher(cleaned);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		BigDecimal number = new BigDecimal(
				matcher.group(1).replace(",", "") + ((matcher.group(2) != null) ? matcher.group(2) : ""));
		BigDecimal amount = number.multiply(multiplier(matcher.group(3)));
		if (amount.compareTo(CEILING) > 0) {
			return Optional.empty();
		}
		return Optional.of(amount.stripTrailingZeros());
	}

	/** True when the text is already a plain number of pounds, as the URL carries it. */
	public static boolean isPlain(String text) {
		return text != null && text.matches("\\d{1,13}(\\.\\d{1,2})?");
	}

	private static BigDecimal multiplier(String suffix) {
		if (suffix == null) {
			return BigDecimal.ONE;
		}
		return switch (suffix) {
			case "k", "thousand" -> BigDecimal.valueOf(1_000);
			case "m", "million" -> BigDecimal.valueOf(1_000_000);
			default -> BigDecimal.valueOf(1_000_000_000);
		};
	}

}
