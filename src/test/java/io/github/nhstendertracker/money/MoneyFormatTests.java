package io.github.nhstendertracker.money;

import java.math.BigDecimal;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money as people read it, and exactly.
 */
class MoneyFormatTests {

	private final MoneyFormat money = new MoneyFormat();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "3400000000, £3.4bn", "5400000000.00, £5.4bn", "1200000000, £1.2bn", "1000000000, £1bn",
			"1000000000.00, £1bn", "687000000, £687m", "50000000, £50m", "226666666.67, £227m", "24000000.00, £24m",
			"1500000, £1.5m", "1000000, £1m", "535000, £535k", "950, £950", "949.50, £950", "0, £0" })
	void compact_roundsToThreeFiguresWithAUnit(String amount, String expected) {
		assertThat(this.money.compact(new BigDecimal(amount))).isEqualTo(expected);
	}

	@Test
	void compact_justBelowAUnit_roundsUpIntoTheNextUnit() {
		assertThat(this.money.compact(new BigDecimal("999999999"))).isEqualTo("£1bn");
		assertThat(this.money.compact(new BigDecimal("999600"))).isEqualTo("£1m");
		assertThat(this.money.compact(new BigDecimal("999.60"))).isEqualTo("£1k");
	}

	@Test
	void compact_ofNothing_isEmpty() {
		assertThat(this.money.compact(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "3400000000|£3,400,000,000", "3400000000.00|£3,400,000,000",
			"687000000|£687,000,000", "226666666.67|£226,666,666.67", "950|£950", "949.5|£949.50", "0.07|£0.07" })
	void exact_givesEveryPoundWithPenceOnlyWhenThereArePence(String amount, String expected) {
		assertThat(this.money.exact(new BigDecimal(amount))).isEqualTo(expected);
	}

	@Test
	void foreign_isTheReportedAmountInItsCurrency_neverPounds() {
		assertThat(this.money.foreign("EUR", new ContractValue(new BigDecimal("1250000"), new BigDecimal("1250000"),
				false, ValueBasis.TOTAL, null, null)))
			.isEqualTo("EUR 1,250,000 (not converted to pounds)");
		assertThat(
				this.money.foreign("USD",
						new ContractValue(new BigDecimal("2000000.5"), new BigDecimal("3000000"), false,
								ValueBasis.ANNUAL, null, null)))
			.isEqualTo("USD 2,000,000.5 to USD 3,000,000 a year (not converted to pounds)");
		assertThat(this.money.foreign("EUR", ContractValue.none())).isEqualTo("Not known");
	}

	@Test
	void exact_ofNothing_isEmpty() {
		assertThat(this.money.exact(null)).isEmpty();
	}

	@Test
	void range_withOneFigure_isThatFigure() {
		MoneyRange range = new MoneyRange(pounds(687_000_000), pounds(687_000_000), false, false);
		assertThat(this.money.range(range)).isEqualTo("£687m");
		assertThat(this.money.rangeExact(range)).isEqualTo("£687,000,000");
	}

	@Test
	void range_withLowAndHigh_joinsThemWithAnEnDash() {
		MoneyRange range = new MoneyRange(pounds(3_400_000_000L), pounds(5_400_000_000L), false, false);
		assertThat(this.money.range(range)).isEqualTo("£3.4bn–£5.4bn");
		assertThat(this.money.rangeExact(range)).isEqualTo("£3,400,000,000 to £5,400,000,000");
	}

	@Test
	void range_withOnlyHigh_isUpTo() {
		MoneyRange range = new MoneyRange(null, pounds(5_000_000_000L), false, false);
		assertThat(this.money.range(range)).isEqualTo("up to £5bn");
		assertThat(this.money.rangeExact(range)).isEqualTo("up to £5,000,000,000");
	}

	@Test
	void range_withOnlyAnOpenHigh_isAnyAmountOver() {
		assertThat(this.money.range(new MoneyRange(null, pounds(50_000_000), true, false)))
			.isEqualTo("any amount over £50m");
	}

	@Test
	void range_withOneOpenFigure_isOver() {
		MoneyRange range = new MoneyRange(pounds(50_000_000), pounds(50_000_000), true, false);
		assertThat(this.money.range(range)).isEqualTo("over £50m");
		assertThat(this.money.rangeExact(range)).isEqualTo("over £50,000,000");
	}

	@Test
	void range_withOpenHigh_isLowToOverHigh() {
		MoneyRange range = new MoneyRange(pounds(750_000_000), pounds(1_000_000_000), true, false);
		assertThat(this.money.range(range)).isEqualTo("£750m to over £1bn");
		assertThat(this.money.rangeExact(range)).isEqualTo("£750,000,000 to over £1,000,000,000");
	}

	@Test
	void range_withOnlyLow_isAtLeast() {
		MoneyRange range = new MoneyRange(pounds(120_000_000), null, false, false);
		assertThat(this.money.range(range)).isEqualTo("at least £120m");
		assertThat(this.money.rangeExact(range)).isEqualTo("at least £120,000,000");
	}

	@Test
	void range_ofNothing_isEmpty() {
		assertThat(this.money.range(null)).isEmpty();
		assertThat(this.money.rangeExact(null)).isEmpty();
		assertThat(this.money.range(new MoneyRange(null, null, false, false))).isEmpty();
	}

	@Test
	void headline_onAnnualBasis_addsAYear() {
		ContractValue annual = new ContractValue(pounds(50_000_000), pounds(50_000_000), true, ValueBasis.ANNUAL, null,
				null);
		assertThat(this.money.headline(annual)).isEqualTo("over £50m a year");
		assertThat(this.money.headlineExact(annual)).isEqualTo("over £50,000,000 a year");
	}

	@Test
	void headline_onTotalBasis_isTheRangeAlone() {
		ContractValue total = new ContractValue(pounds(3_400_000_000L), pounds(5_400_000_000L), false, ValueBasis.TOTAL,
				null, 180);
		assertThat(this.money.headline(total)).isEqualTo("£3.4bn–£5.4bn");
		assertThat(this.money.headlineExact(total)).isEqualTo("£3,400,000,000 to £5,400,000,000");
	}

	@Test
	void headline_whenNotKnown_saysSo() {
		assertThat(this.money.headline(ContractValue.none())).isEqualTo("Not known");
		assertThat(this.money.headline(null)).isEqualTo("Not known");
		assertThat(this.money.headlineExact(ContractValue.none())).isEmpty();
	}

	@Test
	void duration_inWholeYears_saysYears() {
		assertThat(this.money.duration(60, 60)).isEqualTo("5 years");
		assertThat(this.money.duration(120, 120)).isEqualTo("10 years");
		assertThat(this.money.duration(12, 12)).isEqualTo("1 year");
	}

	@Test
	void duration_withOnlyAMaximum_isUpTo() {
		assertThat(this.money.duration(null, 180)).isEqualTo("up to 15 years");
	}

	@Test
	void duration_withOnlyAMinimum_isAtLeast() {
		assertThat(this.money.duration(36, null)).isEqualTo("at least 3 years");
	}

	@Test
	void duration_notInWholeYears_saysMonths() {
		assertThat(this.money.duration(18, 18)).isEqualTo("18 months");
		assertThat(this.money.duration(1, 1)).isEqualTo("1 month");
	}

	@Test
	void duration_asARangeMixingMonthsAndYears_namesBothUnits() {
		assertThat(this.money.duration(18, 36)).isEqualTo("18 months to 3 years");
	}

	@Test
	void duration_asARangeInWholeYears_namesTheUnitOnce() {
		assertThat(this.money.duration(60, 84)).isEqualTo("5 to 7 years");
		assertThat(this.money.duration(12, 24)).isEqualTo("1 to 2 years");
	}

	@Test
	void duration_whenNotKnown_isEmpty() {
		assertThat(this.money.duration(null, null)).isEmpty();
	}

	private static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
