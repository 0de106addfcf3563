package io.github.nhstendertracker.imports;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.nhstendertracker.ocds.HealthBuyers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which buyers count as health bodies when an import keeps only those (as the harvest
 * does by default): name patterns and identifier schemes, each the standard ones of
 * {@link HealthBuyers} when not set.
 *
 * @param names regular expressions matched case-insensitively as whole words, such as
 * {@code NHS} or {@code Integrated Care Board}
 * @param schemes identifier schemes whose bodies are health bodies, such as
 * {@code GB-NHS}
 */
@ConfigurationProperties("tracker.imports.health-buyers")
record HealthBuyerSettings(List<String> names, List<String> schemes) {

	/**
	 * The filter these settings describe.
	 * @throws IllegalStateException if a name pattern is not a regular expression
	 */
	HealthBuyers filter() {
		List<String> patterns = given(this.names);
		List<String> identifiers = given(this.schemes);
		for (String pattern : patterns) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalStateException("tracker.imports.health-buyers.names: '" + pattern
						+ "' is not a regular expression (" + ex.getDescription() + ")", ex);
			}
		}
		return new HealthBuyers(patterns.isEmpty() ? HealthBuyers.STANDARD_PATTERNS : patterns,
				identifiers.isEmpty() ? HealthBuyers.STANDARD_SCHEMES : Set.copyOf(identifiers));
	}

	private static List<String> given(List<String> values) {
		return (values == null) ? List.of() : values.stream().map(String::strip).filter((v) -> !v.isEmpty()).toList();
	}

}
