package io.github.nhstendertracker.browse;

import java.math.BigDecimal;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * A value as reported, with its total and per-year figures; one of those is derived when
 * the source gave the other basis and a duration.
 */
public record ValueView(BigDecimal low, BigDecimal high, boolean highOpen, ValueBasis basis, Integer durationMinMonths,
		Integer durationMaxMonths, MoneyRange total, MoneyRange perYear) {

	public static ValueView of(ContractValue value) {
		if (value == null || !value.known()) {
			return null;
		}
		return new ValueView(value.low(), value.high(), value.highOpen(), value.basis(), value.durationMinMonths(),
				value.durationMaxMonths(), value.total(), value.perYear());
	}

	public ContractValue asContractValue() {
		return new ContractValue(this.low, this.high, this.highOpen, this.basis, this.durationMinMonths,
				this.durationMaxMonths);
	}

}
