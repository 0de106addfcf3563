package io.github.nhstendertracker.browse;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.common.OrgIdentifier;

/**
 * An organisation's identifier in open data as pages show it: the scheme, the identifier,
 * the register the scheme names (from org-id.guide) where it is one we know, and the
 * register's page for it where that can be linked to without guessing.
 *
 * @param scheme the scheme, such as {@code GB-COH}
 * @param identifier the identifier within it
 * @param register the register's name, or null for a scheme we do not know
 * @param url the register's page for the organisation, or null
 */
public record IdentifierView(String scheme, String identifier, String register, String url) {

	private static final Map<String, String> REGISTERS = Map.of("GB-COH", "Companies House", "GB-CHC",
			"Charity Commission for England and Wales", "GB-SC", "Scottish Charity Register", "GB-NIC",
			"Charity Commission for Northern Ireland", "GB-NHS", "NHS organisation data service (ODS)", "GB-PPON",
			"Public procurement organisation number", "GB-SRS", "Supplier registration service", "GB-MPR",
			"Mutuals public register", "GB-EDU", "Get information about schools", "GB-UKPRN",
			"UK register of learning providers");

	/** The identifiers in scheme order, for a page. */
	public static List<IdentifierView> of(Collection<OrgIdentifier> identifiers) {
		return identifiers.stream()
			.sorted(Comparator.comparing(OrgIdentifier::scheme).thenComparing(OrgIdentifier::identifier))
			.map(IdentifierView::of)
			.toList();
	}

	static IdentifierView of(OrgIdentifier id) {
		String url = "GB-COH".equals(id.scheme()) && id.identifier().matches("[A-Z0-9]{8}")
				? "https://find-and-update.company-information.service.gov.uk/company/" + id.identifier() : null;
		return new IdentifierView(id.scheme(), id.identifier(), REGISTERS.get(id.scheme()), url);
	}

}
