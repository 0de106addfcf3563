package io.github.nhstendertracker.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Whether a release's buyer is a health body: {@code release.buyer}, or a party with the
 * role {@code buyer} or {@code procuringEntity}, whose identifier (or additional
 * identifier) is in a health scheme such as {@code GB-NHS} (ODS codes), or whose name
 * matches one of the name patterns. Each pattern is matched case-insensitively as whole
 * words, so {@code NHS} does not match inside another word. Names are cleaned first
 * ({@link CleanText}), so {@code Guy&#039;s} reads as {@code Guy's}. Immutable and
 * thread-safe.
 */
public final class HealthBuyers {

	/** The default name patterns: the bodies of the NHS in the four nations. */
	public static final List<String> STANDARD_PATTERNS = List.of("NHS", "N\\.? ?H\\.? ?S\\.?",
			"(NHS )?Foundation Trust", "Integrated Care (Board|System)", "ICB", "CCG", "Clinical Commissioning Groups?",
			"Commissioning Support Unit", "Health ?Boards?", "University Health Board", "UHB", "Ambulance Service",
			"Ambulance", "Velindre", "Shared Services Partnership", "National Services Scotland",
			"Common Services Agency", "Scottish Health Service", "Healthcare Improvement Scotland",
			"Public Health (Wales|Scotland)", "Health Education and Improvement Wales", "Digital Health and Care Wales",
			"Health Service", "Hospitals?", "Healthcare");

	/** The default identifier schemes: NHS organisation (ODS) codes. */
	public static final Set<String> STANDARD_SCHEMES = Set.of("GB-NHS");

	private static final Set<String> BUYER_ROLES = Set.of("buyer", "procuringEntity");

	private final List<Pattern> patterns;

	private final List<String> sources;

	private final Set<String> schemes;

	/**
	 * @param namePatterns regular expressions, each matched case-insensitively as whole
	 * words
	 * @param schemes identifier schemes whose bodies are health bodies (compared ignoring
	 * case)
	 */
	public HealthBuyers(List<String> namePatterns, Set<String> schemes) {
		this.sources = List.copyOf(namePatterns);
		this.patterns = this.sources.stream()
			.map((source) -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + source + ")(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList();
		this.schemes = schemes.stream()
			.map((scheme) -> scheme.toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Name patterns of one's own, with the standard identifier schemes. */
	public HealthBuyers(List<String> namePatterns) {
		this(namePatterns, STANDARD_SCHEMES);
	}

	public static HealthBuyers standard() {
		return new HealthBuyers(STANDARD_PATTERNS, STANDARD_SCHEMES);
	}

	/** Whether the release's buyer (or a buying party) is a health body. */
	public boolean test(JsonNode release) {
		return reason(release) != null;
	}

	/**
	 * Why the buyer is a health body, for the report, such as
	 * {@code "buyer NHS Lothian matched 'NHS'"}; null when it is not.
	 */
	public String reason(JsonNode release) {
		for (Buyer buyer : buyers(release)) {
			String reason = reason(buyer);
			if (reason != null) {
				return reason;
			}
		}
		return null;
	}

	private String reason(Buyer buyer) {
		for (JsonNode identifier : identifiers(buyer.body())) {
			String scheme = identifier.path("scheme").asString("");
			if (this.schemes.contains(scheme.toUpperCase(Locale.ROOT))) {
				return buyer.role() + " " + name(buyer.body()) + " has a " + scheme + " identifier";
			}
		}
		for (String name : names(buyer.body())) {
			for (Pattern pattern : this.patterns) {
				Matcher matcher = pattern.matcher(name);
				if (matcher.find()) {
					return buyer.role() + " " + name + " matched '" + matcher.group() + "'";
				}
			}
		}
		return null;
	}

	private static List<Buyer> buyers(JsonNode release) {
		List<Buyer> buyers = new ArrayList<>();
		JsonNode buyer = release.path("buyer");
		if (buyer.isObject()) {
			buyers.add(new Buyer("buyer", buyer));
		}
		for (JsonNode party : release.path("parties")) {
			for (JsonNode role : party.path("roles")) {
				if (BUYER_ROLES.contains(role.asString(""))) {
					buyers.add(new Buyer(role.asString().equals("buyer") ? "buyer" : "procuring entity", party));
					break;
				}
			}
		}
		return buyers;
	}

	private static List<JsonNode> identifiers(JsonNode body) {
		List<JsonNode> identifiers = new ArrayList<>();
		if (body.path("identifier").isObject()) {
			identifiers.add(body.path("identifier"));
		}
		body.path("additionalIdentifiers").forEach(identifiers::add);
		return identifiers;
	}

	private static List<String> names(JsonNode body) {
		List<String> names = new ArrayList<>();
		for (JsonNode name : List.of(body.path("name"), body.path("identifier").path("legalName"))) {
			if (name.isString() && !name.asString().isBlank()) {
				names.add(CleanText.clean(name.asString()).text());
			}
		}
		return names;
	}

	private static String name(JsonNode body) {
		List<String> names = names(body);
		return names.isEmpty() ? "(no name)" : names.get(0);
	}

	private record Buyer(String role, JsonNode body) {
	}

	@Override
	public String toString() {
		return "HealthBuyers" + this.sources + " " + this.schemes;
	}

}
