package io.github.nhstendertracker.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for when two organisation names mean the same body. */
class NameKeysTests {

	@Test
	void spellingsThatPortalsVary_haveOneKey() {
		assertThat(NameKeys.of("Guy's and St Thomas' NHS FT"))
			.isEqualTo(NameKeys.of("GUY’S & ST. THOMAS’ NHS Foundation Trust"));
		assertThat(NameKeys.of("Pricewaterhouse Coopers LLP")).isEqualTo(NameKeys.of("PricewaterhouseCoopers LLP"));
		assertThat(NameKeys.of("The Huma Therapeutics Ltd")).isEqualTo(NameKeys.of("Huma Therapeutics Limited"));
		assertThat(NameKeys.of("Betsi Cadwaladr UHB"))
			.isEqualTo(NameKeys.of("Betsi Cadwaladr University Health Board"));
		assertThat(NameKeys.of("Ysbyty Gwynedd Llandŵr")).isEqualTo(NameKeys.of("ysbyty gwynedd llandwr"));
	}

	@Test
	void theWordsThatTellBodiesApart_giveDifferentKeys() {
		assertThat(NameKeys.of("NHS Dudley CCG")).isNotEqualTo(NameKeys.of("NHS Walsall CCG"));
		assertThat(NameKeys.of("Kettering General Hospital NHS Foundation Trust"))
			.isNotEqualTo(NameKeys.of("Kettering General Hospital NHS Trust"));
	}

	@Test
	void aBlankName_hasNoKey_andPunctuationAlone_anEmptyOne() {
		assertThat(NameKeys.of("  ")).isNull();
		assertThat(NameKeys.of("...")).isEmpty();
	}

}
