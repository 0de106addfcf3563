package io.github.nhstendertracker.imports;

import java.math.BigDecimal;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchScoreTests {

	private static final ContractValue NONE = ContractValue.none();

	@Test
	void aNewsTitleAndANoticeTitleOfOneService_areAlike() {
		var likeness = MatchScore.of("Bedfordshire MSK integrated services – prime contractor", total(118_000_000),
				"Integrated MSK service (Bedfordshire)", total(120_000_000));
		assertThat(likeness).isPresent();
		assertThat(likeness.get().shared()).containsExactly("bedfordshire", "msk", "integrated");
		assertThat(likeness.get().values()).isEqualTo(MatchScore.Values.OVERLAP);
	}

	@Test
	void titlesThatShareOnlyCommonWords_areNotAlike() {
		assertThat(MatchScore.of("Provision of car parking services", NONE, "Provision of cancer services", NONE))
			.isEmpty();
	}

	@Test
	void titlesThatShareOneWordOfMany_areNotAlike() {
		assertThat(MatchScore.of("Dudley dental care", NONE, "Dudley multispecialty community provider", NONE))
			.isEmpty();
	}

	@Test
	void valuesFarApart_ruleAMatchOut() {
		assertThat(MatchScore.of("Integrated musculoskeletal service", total(1_000_000),
				"Integrated musculoskeletal service", total(120_000_000)))
			.isEmpty();
	}

	@Test
	void roundedNewsFigures_stillOverlapTheExactNoticeValue() {
		assertThat(MatchScore.values(total(687_500_000), total(700_000_000))).isEqualTo(MatchScore.Values.OVERLAP);
		assertThat(MatchScore.values(total(500_000_000), total(700_000_000))).isEqualTo(MatchScore.Values.APART);
	}

	@Test
	void anUnknownValue_doesNotRuleAMatchOut_butLowersTheScore() {
		var known = MatchScore.of("Integrated musculoskeletal service", total(1), "Integrated musculoskeletal service",
				total(1));
		var unknown = MatchScore.of("Integrated musculoskeletal service", NONE, "Integrated musculoskeletal service",
				total(120_000_000));
		assertThat(unknown).isPresent();
		assertThat(unknown.get().values()).isEqualTo(MatchScore.Values.UNKNOWN);
		assertThat(unknown.get().score()).isLessThan(known.get().score());
	}

	@Test
	void aYearlyValue_isComparedWithATotalThroughTheDuration() {
		ContractValue yearly = new ContractValue(BigDecimal.valueOf(24_000_000), BigDecimal.valueOf(24_000_000), false,
				ValueBasis.ANNUAL, 60, 60);
		assertThat(MatchScore.values(yearly, total(120_000_000))).isEqualTo(MatchScore.Values.OVERLAP);
		ContractValue noDuration = new ContractValue(BigDecimal.valueOf(24_000_000), BigDecimal.valueOf(24_000_000),
				false, ValueBasis.ANNUAL, null, null);
		assertThat(MatchScore.values(noDuration, total(120_000_000))).isEqualTo(MatchScore.Values.UNKNOWN);
	}

	@Test
	void anOpenEndedValue_overlapsAnythingAboveIt() {
		ContractValue over = new ContractValue(BigDecimal.valueOf(750_000_000), BigDecimal.valueOf(1_000_000_000), true,
				ValueBasis.TOTAL, null, null);
		assertThat(MatchScore.values(over, total(2_000_000_000))).isEqualTo(MatchScore.Values.OVERLAP);
	}

	@Test
	void wordsAreFoldedForAccentsCasePluralsAndCommonWords() {
		assertThat(MatchScore.words("The Gwasanaethau Iechyd: Community Services for Older People's Clinics"))
			.containsExactly("gwasanaethau", "iechyd", "community", "older", "people", "clinic");
		assertThat(MatchScore.words("Môn café")).containsExactly("mon", "cafe");
	}

	private static ContractValue total(long pounds) {
		return new ContractValue(BigDecimal.valueOf(pounds), BigDecimal.valueOf(pounds), false, ValueBasis.TOTAL, null,
				null);
	}

}
