package io.github.nhstendertracker.imports;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import tools.jackson.databind.JsonNode;

/**
 * Where a release's work is: the regions of its delivery addresses (NUTS or ITL codes,
 * such as {@code UKG31} or {@code TLG}, or English region names), else its buyer's
 * address region. The ITL1 region is set when every place named agrees on it; the NHS
 * England region only where the ITL area lies wholly in one NHS region. Scotland, Wales
 * and Northern Ireland are kept as nations (their ITL1 codes) and never given an NHS
 * England region.
 */
final class NoticePlaces {

	private static final Map<String, ItlRegion> NAMES = Map.ofEntries(Map.entry("north east", ItlRegion.TLC),
			Map.entry("north west", ItlRegion.TLD), Map.entry("yorkshire and the humber", ItlRegion.TLE),
			Map.entry("yorkshire and humber", ItlRegion.TLE), Map.entry("east midlands", ItlRegion.TLF),
			Map.entry("west midlands", ItlRegion.TLG), Map.entry("east of england", ItlRegion.TLH),
			Map.entry("eastern", ItlRegion.TLH), Map.entry("london", ItlRegion.TLI),
			Map.entry("south east", ItlRegion.TLJ), Map.entry("south west", ItlRegion.TLK),
			Map.entry("wales", ItlRegion.TLL), Map.entry("scotland", ItlRegion.TLM),
			Map.entry("northern ireland", ItlRegion.TLN));

	private NoticePlaces() {
	}

	static Notice.Place of(JsonNode release) {
		Set<String> codes = new LinkedHashSet<>();
		for (JsonNode item : Json.objects(release.path("tender"), "items")) {
			for (JsonNode address : Json.objects(item, "deliveryAddresses")) {
				add(codes, Json.text(address, "region"));
			}
			add(codes, Json.text(item.path("deliveryLocation"), "region"));
		}
		if (codes.isEmpty()) {
			String buyerId = Json.text(release.path("buyer"), "id");
			for (JsonNode party : Json.objects(release, "parties")) {
				if (buyerId != null && buyerId.equals(Json.text(party, "id"))) {
					add(codes, Json.text(party.path("address"), "region"));
				}
			}
		}
		return place(codes);
	}

	/** The place a set of region codes (TLx or TLxnn, normalised) agrees on. */
	static Notice.Place place(Set<String> codes) {
		ItlRegion itl = null;
		for (String code : codes) {
			ItlRegion region = ItlRegion.fromCode(code.substring(0, 3)).orElse(null);
			if (region == null || (itl != null && itl != region)) {
				return Notice.Place.UNKNOWN;
			}
			itl = region;
		}
		if (itl == null) {
			return Notice.Place.UNKNOWN;
		}
		NhsRegion nhs = null;
		for (String code : codes) {
			NhsRegion region = nhsRegion(code);
			if (region == null || (nhs != null && nhs != region)) {
				nhs = null;
				break;
			}
			nhs = region;
		}
		return new Notice.Place(nhs, itl);
	}

	/**
	 * The NHS England region an ITL code lies wholly in, or null. North West England
	 * (TLD) includes Cumbria (TLD1), part of which is in North East and Yorkshire; South
	 * East (TLJ) includes Milton Keynes (TLJ12), which is in East of England: for those,
	 * only a finer code is certain.
	 */
	static NhsRegion nhsRegion(String code) {
		String itl1 = code.substring(0, 3);
		return switch (itl1) {
			case "TLC", "TLE" -> NhsRegion.NORTH_EAST_AND_YORKSHIRE;
			case "TLD" -> (code.length() >= 4 && code.charAt(3) != '1') ? NhsRegion.NORTH_WEST : null;
			case "TLF", "TLG" -> NhsRegion.MIDLANDS;
			case "TLH" -> NhsRegion.EAST_OF_ENGLAND;
			case "TLI" -> NhsRegion.LONDON;
			case "TLJ" -> (code.length() >= 5 && !code.startsWith("TLJ12")) ? NhsRegion.SOUTH_EAST
					: (code.startsWith("TLJ12") ? NhsRegion.EAST_OF_ENGLAND : null);
			case "TLK" -> NhsRegion.SOUTH_WEST;
			default -> null;
		};
	}

	/** Adds a region code or name as a normalised ITL code; ignores what is not one. */
	private static void add(Set<String> codes, String region) {
		if (region == null) {
			return;
		}
		String value = region.strip().toUpperCase(Locale.ROOT);
		if (value.matches("(UK|TL)[C-N][0-9A-Z]{0,3}")) {
			codes.add("TL" + value.substring(2));
			return;
		}
		ItlRegion named = NAMES.get(region.strip().toLowerCase(Locale.ROOT).replace("&", "and").replace(",", ""));
		if (named != null) {
			codes.add(named.code());
		}
	}

}
