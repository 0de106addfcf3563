package io.github.nhstendertracker.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.ocds.CleanText;
import tools.jackson.databind.JsonNode;

/**
 * The organisations of a release: its {@code parties}, each with its identifiers (the
 * party's {@code identifier} and {@code additionalIdentifiers}, and its {@code id} when
 * that is itself an org-id such as {@code GB-COH-01234567}; local ids such as
 * {@code org-3} are not identifiers), and its name cleaned.
 */
final class NoticeParties {

	private static final Pattern ORG_ID = Pattern.compile("^([A-Z]{2}-[A-Z0-9]+)-(.+)$");

	private final Map<String, JsonNode> byId = new LinkedHashMap<>();

	private final List<String> notes;

	NoticeParties(JsonNode release, List<String> notes) {
		this.notes = notes;
		for (JsonNode party : Json.objects(release, "parties")) {
			String id = Json.text(party, "id");
			if (id != null) {
				this.byId.putIfAbsent(id, party);
			}
		}
	}

	/**
	 * A party as a release refers to it ({@code {id, name}}), completed from the parties
	 * list; null without a name.
	 */
	Notice.Party resolve(JsonNode reference) {
		String id = Json.text(reference, "id");
		JsonNode party = (id != null) ? this.byId.get(id) : null;
		String name = Json.text(reference, "name");
		if (name == null && party != null) {
			name = Json.text(party, "name");
		}
		if (name == null && party != null) {
			name = Json.text(party.path("identifier"), "legalName");
		}
		if (name == null) {
			return null;
		}
		return party(CleanText.clean(name).text(), id, party);
	}

	/** The parties with any of the roles. */
	List<Notice.Party> withRole(String... roles) {
		List<Notice.Party> parties = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.byId.entrySet()) {
			List<String> held = Json.texts(entry.getValue(), "roles");
			for (String role : roles) {
				if (held.contains(role)) {
					String name = Json.text(entry.getValue(), "name");
					if (name != null) {
						parties.add(party(CleanText.clean(name).text(), entry.getKey(), entry.getValue()));
					}
					break;
				}
			}
		}
		return parties;
	}

	private Notice.Party party(String name, String id, JsonNode party) {
		List<OrgIdentifier> identifiers = new ArrayList<>();
		if (party != null) {
			addIdentifier(identifiers, party.path("identifier"));
			for (JsonNode additional : Json.objects(party, "additionalIdentifiers")) {
				addIdentifier(identifiers, additional);
			}
		}
		if (id != null) {
			var matcher = ORG_ID.matcher(id.strip());
			if (matcher.matches()) {
				add(identifiers, new OrgIdentifier(matcher.group(1), matcher.group(2)));
			}
		}
		String ods = identifiers.stream()
			.filter((identifier) -> identifier.scheme().equals("GB-NHS"))
			.map(OrgIdentifier::identifier)
			.filter((code) -> code.matches("[A-Za-z0-9]{3,10}"))
			.map((code) -> code.toUpperCase(Locale.ROOT))
			.findFirst()
			.orElse(null);
		if (name.length() > 200) {
			this.notes.add("Shortened the name of " + name.substring(0, 40) + "… to 200 characters");
			name = name.substring(0, 200).strip();
		}
		return new Notice.Party(name, identifiers, ods);
	}

	private static void addIdentifier(List<OrgIdentifier> identifiers, JsonNode identifier) {
		String scheme = Json.text(identifier, "scheme");
		String id = Json.text(identifier, "id");
		if (scheme != null && id != null && scheme.strip().matches("[A-Za-z]{2}-[A-Za-z0-9]+")
				&& id.strip().length() <= 100) {
			add(identifiers, new OrgIdentifier(scheme, id));
		}
	}

	private static void add(List<OrgIdentifier> identifiers, OrgIdentifier identifier) {
		if (!identifiers.contains(identifier)) {
			identifiers.add(identifier);
		}
	}

}
