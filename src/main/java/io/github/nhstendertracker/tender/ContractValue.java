package io.github.nhstendertracker.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A value as reported: a range in pounds on a basis (total or per year), with the
 * contract duration in months where known. A duration with only a maximum means "up to N
 * years".
 */
@Embeddable
public record ContractValue(@Column(name = "value_low") BigDecimal low, @Column(name = "value_high") BigDecimal high,
		@Column(name = "value_high_open") boolean highOpen,
		@Enumerated(EnumType.STRING) @Column(name = "value_basis") ValueBasis basis,
		@Column(name = "duration_min_months") Integer durationMinMonths,
		@Column(name = "duration_max_months") Integer durationMaxMonths) {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	public static ContractValue none() {
		return new ContractValue(null, null, false, null, null, null);
	}

	public boolean known() {
		return this.basis != null && (this.low != null || this.high != null);
	}

	/**
	 * The longest the contract may run, in months: the maximum duration, else the
	 * minimum, else null.
	 */
	public Integer longestDurationMonths() {
		return (this.durationMaxMonths != null) ? this.durationMaxMonths : this.durationMinMonths;
	}

	public boolean durationKnown() {
		return this.durationMaxMonths != null || this.durationMinMonths != null;
	}

	/**
	 * The value over the whole contract life, derived from a per-year figure if need be.
	 */
	public MoneyRange total() {
		if (!known()) {
			return null;
		}
		if (this.basis == ValueBasis.TOTAL) {
			return new MoneyRange(this.low, this.high, this.highOpen, false);
		}
		if (!durationKnown()) {
			return null;
		}
		return new MoneyRange(times(this.low, shortestMonths()), times(this.high, longestMonths()), this.highOpen,
				true);
	}

	/** The value for one year, derived from a total figure if need be. */
	public MoneyRange perYear() {
		if (!known()) {
			return null;
		}
		if (this.basis == ValueBasis.ANNUAL) {
			return new MoneyRange(this.low, this.high, this.highOpen, false);
		}
		if (!durationKnown()) {
			return null;
		}
		return new MoneyRange(per(this.low, longestMonths()), per(this.high, shortestMonths()), this.highOpen, true);
	}

	private int shortestMonths() {
		return (this.durationMinMonths != null) ? this.durationMinMonths : this.durationMaxMonths;
	}

	private int longestMonths() {
		return (this.durationMaxMonths != null) ? this.durationMaxMonths : this.durationMinMonths;
	}

	private static BigDecimal times(BigDecimal annual, int months) {
		return (annual != null) ? annual.multiply(BigDecimal.valueOf(months)).divide(TWELVE, 2, RoundingMode.HALF_UP)
				: null;
	}

	private static BigDecimal per(BigDecimal total, int months) {
		return (total != null) ? total.multiply(TWELVE).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP)
				: null;
	}

}
