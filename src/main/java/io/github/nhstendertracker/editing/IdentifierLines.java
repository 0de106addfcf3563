package io.github.nhstendertracker.editing;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.nhstendertracker.common.OrgIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.Errors;

/**
 * The identifiers field of the commissioner and bidder forms: one identifier per line,
 * written as its org-id.guide scheme and the id, like {@code GB-COH-01234567} or
 * {@code GB-NHS-RXW}. An identifier belongs to one body only.
 */
final class IdentifierLines {

	static final String FIELD = "identifiers";

	private static final Pattern LINE = Pattern.compile("^([A-Za-z]{2}-[A-Za-z0-9]+)[-:\\s]\\s*(\\S.{0,99})$");

	private IdentifierLines() {
	}

	/** The identifiers as lines, for a form. */
	static String write(Set<OrgIdentifier> identifiers) {
		return identifiers.stream().map(OrgIdentifier::toString).sorted().collect(Collectors.joining("\n"));
	}

	/**
	 * Reads the field; adds an error for a line that is not an identifier or one that
	 * another record of the table holds.
	 * @param table {@code commissioner} or {@code bidder}
	 */
	static Set<OrgIdentifier> read(String text, String table, Long id, JdbcClient jdbc, Errors errors) {
		Set<OrgIdentifier> identifiers = new LinkedHashSet<>();
		if (text == null) {
			return identifiers;
		}
		for (String line : text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList()) {
			Optional<OrgIdentifier> identifier = parse(line);
			if (identifier.isEmpty()) {
				errors.rejectValue(FIELD, "invalid",
						"Enter each identifier as its scheme and id, like GB-COH-01234567");
				return identifiers;
			}
			identifiers.add(identifier.get());
		}
		for (OrgIdentifier identifier : identifiers) {
			holder(identifier, table, id, jdbc).ifPresent((name) -> errors.rejectValue(FIELD, "taken",
					"The identifier " + identifier + " already belongs to ‘" + name + "’"));
		}
		return identifiers;
	}

	/** An identifier from its text, like {@code GB-COH-01234567}. */
	static Optional<OrgIdentifier> parse(String text) {
		Matcher matcher = LINE.matcher(text.strip());
		return matcher.matches() ? Optional.of(new OrgIdentifier(matcher.group(1), matcher.group(2)))
				: Optional.empty();
	}

	private static Optional<String> holder(OrgIdentifier identifier, String table, Long id, JdbcClient jdbc) {
		return jdbc
			.sql("select o.name from " + table + "_identifier i join " + table + " o on o.id = i." + table
					+ "_id where i.scheme = :scheme and i.identifier = :identifier and o.id <> coalesce(:id, -1)")
			.param("scheme", identifier.scheme())
			.param("identifier", identifier.identifier())
			.param("id", id)
			.query(String.class)
			.optional();
	}

}
