package io.github.nhstendertracker.imports;

import java.util.Map;

import io.github.nhstendertracker.ocds.HealthBuyers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Who counts as a health buyer is configurable: the settings bind from comma-separated
 * values (as the environment gives them), replace the standard names and schemes when
 * set, leave them when empty, and a pattern that is not a regular expression is named.
 */
class HealthBuyerSettingsTests {

	private static final JsonNode TRUST = release("Leeds Teaching Hospitals NHS Trust", "GB-NHS", "RR8");

	private static final JsonNode COUNCIL = release("Leeds City Council", "GB-LAC", "E08000035");

	@Test
	void unset_orEmpty_keepsTheStandardHealthBuyers() {
		for (HealthBuyers filter : new HealthBuyers[] { bind(Map.of()).filter(),
				bind(Map.of("tracker.imports.health-buyers.names", "", "tracker.imports.health-buyers.schemes", ""))
					.filter() }) {
			assertThat(filter.test(TRUST)).isTrue();
			assertThat(filter.test(COUNCIL)).isFalse();
		}
	}

	@Test
	void namesAndSchemesGiven_replaceTheStandardOnes() {
		HealthBuyers filter = bind(Map.of("tracker.imports.health-buyers.names", "City Council, Public Health",
				"tracker.imports.health-buyers.schemes", "GB-LAC"))
			.filter();
		assertThat(filter.test(COUNCIL)).isTrue();
		assertThat(filter.test(release("Leeds Teaching Hospitals NHS Trust", "GB-COH", "123"))).as("NHS no longer")
			.isFalse();
		assertThat(filter.test(release("Somewhere Else", "GB-LAC", "E1"))).as("by scheme").isTrue();
	}

	@Test
	void aPatternThatIsNotARegularExpression_isNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> bind(Map.of("tracker.imports.health-buyers.names", "NHS (Trust")).filter())
			.withMessageContaining("tracker.imports.health-buyers.names: 'NHS (Trust' is not a regular expression");
	}

	private static HealthBuyerSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("tracker.imports.health-buyers",
				HealthBuyerSettings.class);
	}

	private static JsonNode release(String name, String scheme, String id) {
		return JsonMapper.shared().readTree("""
				{"ocid": "ocds-x-1", "id": "1",
				 "buyer": {"id": "%2$s-%3$s", "name": "%1$s"},
				 "parties": [{"id": "%2$s-%3$s", "name": "%1$s", "roles": ["buyer"],
				              "identifier": {"scheme": "%2$s", "id": "%3$s"}}]}""".formatted(name, scheme, id));
	}

}
