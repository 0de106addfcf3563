package io.github.nhstendertracker.common;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How open data identifies an organisation: a scheme from org-id.guide, such as
 * {@code GB-NHS} (ODS codes), {@code GB-COH} (Companies House), {@code GB-PPON} or
 * {@code GB-CHC} (charities), and the identifier within it.
 *
 * @param scheme the scheme, upper case
 * @param identifier the identifier, as given, trimmed
 */
@Embeddable
public record OrgIdentifier(@Column(name = "scheme") String scheme, @Column(name = "identifier") String identifier) {

	public OrgIdentifier {
		scheme = scheme.strip().toUpperCase(Locale.ROOT);
		identifier = identifier.strip();
	}

	/** Scheme and identifier as one text, like {@code GB-COH-01234567}. */
	@Override
	public String toString() {
		return this.scheme + "-" + this.identifier;
	}

}
