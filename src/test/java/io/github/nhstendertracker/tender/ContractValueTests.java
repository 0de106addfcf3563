package io.github.nhstendertracker.tender;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Total and per-year figures, one derived from the other and the duration.
 */
class ContractValueTests {

	@Test
	void annualOverFiveYears_derivesTheTotal() {
		ContractValue value = new ContractValue(pounds(200_000_000), pounds(200_000_000), false, ValueBasis.ANNUAL, 60,
				60);
		MoneyRange total = value.total();
		assertThat(total.low()).isEqualByComparingTo("1000000000");
		assertThat(total.high()).isEqualByComparingTo("1000000000");
		assertThat(total.derived()).isTrue();
		assertThat(total.highOpen()).isFalse();
		assertThat(value.perYear()).isEqualTo(new MoneyRange(pounds(200_000_000), pounds(200_000_000), false, false));
	}

	@Test
	void totalOverFiveYears_derivesPerYear() {
		ContractValue value = new ContractValue(pounds(120_000_000), pounds(120_000_000), false, ValueBasis.TOTAL, 60,
				60);
		MoneyRange perYear = value.perYear();
		assertThat(perYear.low()).isEqualByComparingTo("24000000");
		assertThat(perYear.high()).isEqualByComparingTo("24000000");
		assertThat(perYear.derived()).isTrue();
		assertThat(value.total()).isEqualTo(new MoneyRange(pounds(120_000_000), pounds(120_000_000), false, false));
	}

	@Test
	void totalRangeForUpToFifteenYears_derivesPerYearOverTheFullTerm() {
		ContractValue value = new ContractValue(pounds(3_400_000_000L), pounds(5_400_000_000L), false, ValueBasis.TOTAL,
				null, 180);
		MoneyRange perYear = value.perYear();
		assertThat(perYear.low()).isEqualByComparingTo("226666666.67");
		assertThat(perYear.high()).isEqualByComparingTo("360000000");
		assertThat(perYear.derived()).isTrue();
	}

	@Test
	void annualRangeOverFiveToSevenYears_takesShortestForLowAndLongestForHigh() {
		ContractValue value = new ContractValue(pounds(10_000_000), pounds(12_000_000), false, ValueBasis.ANNUAL, 60,
				84);
		MoneyRange total = value.total();
		assertThat(total.low()).isEqualByComparingTo("50000000");
		assertThat(total.high()).isEqualByComparingTo("84000000");
	}

	@Test
	void totalRangeOverFiveToSevenYears_dividesLowByLongestAndHighByShortest() {
		ContractValue value = new ContractValue(pounds(70_000_000), pounds(84_000_000), false, ValueBasis.TOTAL, 60,
				84);
		MoneyRange perYear = value.perYear();
		assertThat(perYear.low()).isEqualByComparingTo("10000000");
		assertThat(perYear.high()).isEqualByComparingTo("16800000");
	}

	@Test
	void withoutDuration_theOtherBasisIsNull() {
		ContractValue annual = new ContractValue(pounds(50_000_000), pounds(50_000_000), true, ValueBasis.ANNUAL, null,
				null);
		assertThat(annual.total()).isNull();
		assertThat(annual.perYear()).isNotNull();
		ContractValue total = new ContractValue(pounds(700_000_000), pounds(700_000_000), false, ValueBasis.TOTAL, null,
				null);
		assertThat(total.perYear()).isNull();
		assertThat(total.total()).isNotNull();
	}

	@Test
	void openUpperBound_isCarriedIntoTheDerivedFigure() {
		ContractValue value = new ContractValue(pounds(750_000_000), pounds(1_000_000_000), true, ValueBasis.TOTAL, 60,
				60);
		MoneyRange perYear = value.perYear();
		assertThat(perYear.highOpen()).isTrue();
		assertThat(perYear.low()).isEqualByComparingTo("150000000");
		assertThat(perYear.high()).isEqualByComparingTo("200000000");
		ContractValue annual = new ContractValue(pounds(50_000_000), pounds(50_000_000), true, ValueBasis.ANNUAL, 60,
				60);
		assertThat(annual.total().highOpen()).isTrue();
		assertThat(annual.total().low()).isEqualByComparingTo("250000000");
	}

	@Test
	void upToFigure_keepsItsMissingLowWhenDerived() {
		ContractValue value = new ContractValue(null, pounds(5_000_000_000L), false, ValueBasis.TOTAL, null, 180);
		MoneyRange perYear = value.perYear();
		assertThat(perYear.low()).isNull();
		assertThat(perYear.high()).isEqualByComparingTo("333333333.33");
	}

	@Test
	void notKnown_hasNeitherFigure() {
		assertThat(ContractValue.none().known()).isFalse();
		assertThat(ContractValue.none().total()).isNull();
		assertThat(ContractValue.none().perYear()).isNull();
		ContractValue noBasis = new ContractValue(pounds(1_000_000), pounds(1_000_000), false, null, 12, 12);
		assertThat(noBasis.known()).isFalse();
		assertThat(noBasis.total()).isNull();
	}

	@Test
	void durationKnown_withEitherBound() {
		assertThat(new ContractValue(null, null, false, null, null, 180).durationKnown()).isTrue();
		assertThat(new ContractValue(null, null, false, null, 60, null).durationKnown()).isTrue();
		assertThat(ContractValue.none().durationKnown()).isFalse();
	}

	private static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
