package io.github.nhstendertracker.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates written as precisely as they are known, the GOV.UK way.
 */
class PartialDatesTests {

	private final PartialDates dates = new PartialDates();

	@Test
	void format_atDayPrecision_givesDayMonthAndYear() {
		assertThat(this.dates.format(LocalDate.of(2017, 6, 9), DatePrecision.DAY)).isEqualTo("9 June 2017");
		assertThat(this.dates.format(LocalDate.of(2018, 4, 1), DatePrecision.DAY)).isEqualTo("1 April 2018");
	}

	@Test
	void format_atMonthPrecision_givesMonthAndYear() {
		assertThat(this.dates.format(LocalDate.of(2017, 6, 1), DatePrecision.MONTH)).isEqualTo("June 2017");
	}

	@Test
	void format_atYearPrecision_givesTheYear() {
		assertThat(this.dates.format(LocalDate.of(2013, 1, 1), DatePrecision.YEAR)).isEqualTo("2013");
	}

	@Test
	void format_withoutPrecision_assumesDay() {
		assertThat(this.dates.format(LocalDate.of(2017, 7, 13), null)).isEqualTo("13 July 2017");
		assertThat(this.dates.day(LocalDate.of(2021, 4, 1))).isEqualTo("1 April 2021");
	}

	@Test
	void format_withByQualifier_saysBy() {
		assertThat(this.dates.format(LocalDate.of(2016, 2, 1), DatePrecision.MONTH, DateQualifier.BY))
			.isEqualTo("by February 2016");
		assertThat(this.dates.format(LocalDate.of(2015, 1, 1), DatePrecision.YEAR, DateQualifier.BY))
			.isEqualTo("by 2015");
		assertThat(this.dates.format(LocalDate.of(2015, 12, 31), DatePrecision.DAY, DateQualifier.BY))
			.isEqualTo("by 31 December 2015");
	}

	@Test
	void format_withOnQualifier_isTheDateAlone() {
		assertThat(this.dates.format(LocalDate.of(2017, 6, 9), DatePrecision.DAY, DateQualifier.ON))
			.isEqualTo("9 June 2017");
		assertThat(this.dates.format(LocalDate.of(2017, 6, 9), DatePrecision.DAY, null)).isEqualTo("9 June 2017");
	}

	@Test
	void format_ofNoDate_isEmptyEvenWithBy() {
		assertThat(this.dates.format(null, DatePrecision.DAY)).isEmpty();
		assertThat(this.dates.format(null, DatePrecision.MONTH, DateQualifier.BY)).isEmpty();
		assertThat(this.dates.day(null)).isEmpty();
	}

}
