package io.github.nhstendertracker.tender;

import java.math.BigDecimal;

/**
 * An amount in pounds known as a range. {@code low} is null for "up to" figures;
 * {@code highOpen} marks "over £high" (the upper bound is unbounded). {@code derived} is
 * true when the figure was computed from another basis and a duration rather than
 * reported.
 */
public record MoneyRange(BigDecimal low, BigDecimal high, boolean highOpen, boolean derived) {

	public boolean single() {
		return this.low != null && this.high != null && this.low.compareTo(this.high) == 0;
	}

}
