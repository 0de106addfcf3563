package io.github.nhstendertracker.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract durations typed the way notices write them.
 */
class DurationTextTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "5 years | 60 | 60", "1 year | 12 | 12", "3 to 5 years | 36 | 60", "3-5 years | 36 | 60",
					"between 3 and 5 years | 36 | 60", "up to 10 years | - | 120", "at least 5 years | 60 | -",
					"18 months | 18 | 18", "18 months to 3 years | 18 | 36", "2.5 years | 30 | 30",
					"7 years (3+2+2) | 36 | 84", "7 Years ( 3 + 2 + 2 ) | 36 | 84", "10-year | 120 | 120" })
	void read_understandsDurationsAsTyped(String text, Integer min, Integer max) {
		DurationText.Reading reading = DurationText.read(text).orElseThrow();
		assertThat(reading.minMonths()).isEqualTo(min);
		assertThat(reading.maxMonths()).isEqualTo(max);
	}

	@Test
	void read_blank_isNoDuration() {
		assertThat(DurationText.read("")).isEmpty();
		assertThat(DurationText.read(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "five years | " + DurationText.UNREADABLE, "5 | " + DurationText.UNREADABLE,
			"0 years | " + DurationText.ZERO, "5 to 3 years | " + DurationText.SHORT_ABOVE_LONG,
			"150 years | " + DurationText.ABOVE_CEILING, "7 years (3+2) | " + DurationText.PARTS,
			"-5 years | Duration cannot be negative", "<script>alert(1)</script> | " + DurationText.UNREADABLE })
	void read_badDuration_isRefusedWithAReason(String text, String message) {
		assertThatThrownBy(() -> DurationText.read(text)).isInstanceOf(ValueText.UnreadableException.class)
			.hasMessage(message);
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "60 | 60", "36 | 60", "- | 120", "60 | -", "18 | 18", "18 | 36", "30 | 42", "6 | 18" })
	void read_whatMoneyFormatWrites_givesTheSameMonths(Integer min, Integer max) {
		String written = new MoneyFormat().duration(min, max);
		DurationText.Reading reading = DurationText.read(written).orElseThrow();
		assertThat(reading.minMonths()).as(written).isEqualTo(min);
		assertThat(reading.maxMonths()).as(written).isEqualTo(max);
	}

}
