package io.github.nhstendertracker.money;

import java.math.BigDecimal;

import io.github.nhstendertracker.money.ValueText.Reading;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values typed the way notices and articles write them.
 */
class ValueTextTests {

	private final MoneyFormat money = new MoneyFormat();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "£3.4bn | 3400000000 | 3400000000 | false | TOTAL",
			"750m | 750000000 | 750000000 | false | TOTAL", "£1,200,000 | 1200000 | 1200000 | false | TOTAL",
			"over £1bn | 1000000000 | 1000000000 | true | TOTAL",
			"more than £1bn | 1000000000 | 1000000000 | true | TOTAL", "£1bn+ | 1000000000 | 1000000000 | true | TOTAL",
			"up to £50m | - | 50000000 | false | TOTAL", "£50m a year | 50000000 | 50000000 | false | ANNUAL",
			"£50m per year | 50000000 | 50000000 | false | ANNUAL",
			"£50m per annum | 50000000 | 50000000 | false | ANNUAL", "£50m pa | 50000000 | 50000000 | false | ANNUAL",
			"over £50m a year | 50000000 | 50000000 | true | ANNUAL",
			"£3.4bn to £5.4bn | 3400000000 | 5400000000 | false | TOTAL",
			"£750m-£1bn | 750000000 | 1000000000 | false | TOTAL",
			"£750m – £1bn | 750000000 | 1000000000 | false | TOTAL",
			"between £750m and £1bn | 750000000 | 1000000000 | false | TOTAL",
			"£750m to over £1bn | 750000000 | 1000000000 | true | TOTAL",
			"£3.4 to £5.4bn | 3400000000 | 5400000000 | false | TOTAL",
			"  £3.4BN IN TOTAL  | 3400000000 | 3400000000 | false | TOTAL",
			"£100bn | 100000000000 | 100000000000 | false | TOTAL",
			"£12.5 million | 12500000 | 12500000 | false | TOTAL", "£500 to £2m | 500 | 2000000 | false | TOTAL" })
	void read_understandsValuesAsTyped(String text, BigDecimal low, BigDecimal high, boolean open, ValueBasis basis) {
		Reading reading = ValueText.read(text).orElseThrow();
		if (low == null) {
			assertThat(reading.low()).isNull();
		}
		else {
			assertThat(reading.low()).isEqualByComparingTo(low);
		}
		assertThat(reading.high()).isEqualByComparingTo(high);
		assertThat(reading.highOpen()).isEqualTo(open);
		assertThat(reading.basis()).isEqualTo(basis);
	}

	@Test
	void read_blank_isNoValue() {
		assertThat(ValueText.read("")).isEmpty();
		assertThat(ValueText.read("   ")).isEmpty();
		assertThat(ValueText.read(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "-£5m", "£-5m", "minus 5m", "£5m to -£1m", "between -£1m and £5m" })
	void read_negative_isRefused(String text) {
		assertThatThrownBy(() -> ValueText.read(text)).isInstanceOf(ValueText.UnreadableException.class)
			.hasMessage("Value cannot be negative");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "£5bn to £3bn", "between £1bn and £750m", "£2m-£1m" })
	void read_lowAboveHigh_isRefused(String text) {
		assertThatThrownBy(() -> ValueText.read(text)).isInstanceOf(ValueText.UnreadableException.class)
			.hasMessage("The lower figure must not be more than the higher");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "£101bn", "£340bn", "£3,400bn", "£1m to £200bn", "5000000000000", "£2 trillion" })
	void read_aboveTheCeiling_isRefusedAsATypingMistake(String text) {
		assertThatThrownBy(() -> ValueText.read(text)).isInstanceOf(ValueText.UnreadableException.class)
			.hasMessage("Value must be £100bn or less – check for a typing mistake");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "lots", "£", "three million", "<script>alert(1)</script>",
			"Robert'); drop table tender;--", "£3.4bn to", "to £5bn", "£1.2.3m" })
	void read_unreadable_saysHowToWriteIt(String text) {
		assertThatThrownBy(() -> ValueText.read(text)).isInstanceOf(ValueText.UnreadableException.class)
			.hasMessage(ValueText.UNREADABLE);
	}

	@Test
	void read_veryLongText_isUnreadableNotSlow() {
		assertThatThrownBy(() -> ValueText.read("1".repeat(5000))).isInstanceOf(ValueText.UnreadableException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "£3.4bn to £5.4bn", "£750m to over £1bn", "over £1bn", "up to £50m", "£50m a year",
			"£1,234,567", "£1,234,567.50 to £2m a year", "over £50m a year" })
	void write_readsBackToTheSameValue(String text) {
		ContractValue value = ValueText.read(text).orElseThrow().withDuration(null, null);
		String written = ValueText.write(value, this.money);
		assertThat(ValueText.read(written).orElseThrow().withDuration(null, null)).as(written)
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(value);
	}

	@Test
	void understood_showsExactPoundsAndTheBasis() {
		assertThat(understood("£3.4bn to £5.4bn")).isEqualTo("£3,400,000,000 to £5,400,000,000 in total");
		assertThat(understood("over £1bn")).isEqualTo("over £1,000,000,000 in total");
		assertThat(understood("up to £50m")).isEqualTo("up to £50,000,000 in total");
		assertThat(understood("£50m a year")).isEqualTo("£50,000,000 a year");
		assertThat(understood("£750m to over £1bn")).isEqualTo("£750,000,000 to over £1,000,000,000 in total");
		assertThat(ValueText.understood(ContractValue.none(), this.money)).isEqualTo("Not known");
	}

	private String understood(String text) {
		return ValueText.understood(ValueText.read(text).orElseThrow().withDuration(null, null), this.money);
	}

}
