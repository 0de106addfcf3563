package io.github.nhstendertracker.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.stereotype.Component;

/**
 * Writes money the way people read it (£3.4bn–£5.4bn, £687m, over £1bn, £50m a year) and
 * exactly (£3,400,000,000). Registered as the {@code money} bean for templates.
 */
@Component("money")
public class MoneyFormat {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private static final MathContext THREE_FIGURES = new MathContext(3, RoundingMode.HALF_UP);

	public String compact(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		// Round first, so 999,999,999 reads £1bn rather than £1000m.
		BigDecimal rounded = amount.round(THREE_FIGURES);
		BigDecimal abs = rounded.abs();
		if (abs.compareTo(BILLION) >= 0) {
			return "£" + scaled(rounded, BILLION) + "bn";
		}
		if (abs.compareTo(MILLION) >= 0) {
			return "£" + scaled(rounded, MILLION) + "m";
		}
		if (abs.compareTo(THOUSAND) >= 0) {
			return "£" + scaled(rounded, THOUSAND) + "k";
		}
		return "£" + amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	public String exact(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount);
	}

	/**
	 * A range as people write it: "£3.4bn–£5.4bn", "up to £5bn", "£750m to over £1bn".
	 */
	public String range(MoneyRange range) {
		return (range != null) ? describe(range, false) : "";
	}

	/** The exact pounds behind a range, for title attributes and screen readers. */
	public String rangeExact(MoneyRange range) {
		return (range != null) ? describe(range, true) : "";
	}

	/** The headline value on its own basis: "£50m a year", "£687m". */
	public String headline(ContractValue value) {
		if (value == null || !value.known()) {
			return "Not known";
		}
		MoneyRange reported = new MoneyRange(value.low(), value.high(), value.highOpen(), false);
		return range(reported) + ((value.basis() == ValueBasis.ANNUAL) ? " a year" : "");
	}

	public String headlineExact(ContractValue value) {
		if (value == null || !value.known()) {
			return "";
		}
		MoneyRange reported = new MoneyRange(value.low(), value.high(), value.highOpen(), false);
		return rangeExact(reported) + ((value.basis() == ValueBasis.ANNUAL) ? " a year" : "");
	}

	/**
	 * A duration in months as words: "5 years", "up to 15 years", "18 months to 3 years".
	 */
	public String duration(Integer minMonths, Integer maxMonths) {
		if (minMonths == null && maxMonths == null) {
			return "";
		}
		if (minMonths == null) {
			return "up to " + months(maxMonths);
		}
		if (maxMonths == null) {
			return "at least " + months(minMonths);
		}
		if (minMonths.equals(maxMonths)) {
			return months(minMonths);
		}
		if (minMonths % 12 == 0 && maxMonths % 12 == 0) {
			return (minMonths / 12) + " to " + months(maxMonths);
		}
		if (minMonths % 12 != 0 && maxMonths % 12 != 0) {
			return minMonths + " to " + months(maxMonths);
		}
		return months(minMonths) + " to " + months(maxMonths);
	}

	/**
	 * A figure in a currency other than pounds, exactly as reported and never converted:
	 * "EUR 1,250,000 a year (not converted to pounds)".
	 */
	public String foreign(String currency, ContractValue value) {
		if (value == null || !value.known()) {
			return "Not known";
		}
		NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
		number.setMaximumFractionDigits(2);
		MoneyRange reported = new MoneyRange(value.low(), value.high(), value.highOpen(), false);
		return describe(reported, (amount) -> currency + " " + number.format(amount), " to ")
				+ ((value.basis() == ValueBasis.ANNUAL) ? " a year" : "") + " (not converted to pounds)";
	}

	private String describe(MoneyRange range, boolean exact) {
		return exact ? describe(range, this::exact, " to ") : describe(range, this::compact, "–");
	}

	private static String describe(MoneyRange range, Function<BigDecimal, String> amount, String between) {
		BigDecimal low = range.low();
		BigDecimal high = range.high();
		if (low == null && high == null) {
			return "";
		}
		if (low == null) {
			return (range.highOpen() ? "any amount over " : "up to ") + amount.apply(high);
		}
		if (high == null) {
			return "at least " + amount.apply(low);
		}
		if (range.single()) {
			return (range.highOpen() ? "over " : "") + amount.apply(low);
		}
		if (range.highOpen()) {
			return amount.apply(low) + " to over " + amount.apply(high);
		}
		return amount.apply(low) + between + amount.apply(high);
	}

	private static String scaled(BigDecimal amount, BigDecimal unit) {
		return amount.divide(unit, MathContext.DECIMAL64).round(THREE_FIGURES).stripTrailingZeros().toPlainString();
	}

	private static String months(int months) {
		if (months % 12 == 0) {
			int years = months / 12;
			return years + ((years == 1) ? " year" : " years");
		}
		return months + ((months == 1) ? " month" : " months");
	}

}
