package io.github.nhstendertracker.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * International Territorial Level 1 regions of the UK, as used by ONS since 2021.
 */
public enum ItlRegion {

	TLC("North East"), TLD("North West"), TLE("Yorkshire and The Humber"), TLF("East Midlands"), TLG("West Midlands"),
	TLH("East of England"), TLI("London"), TLJ("South East"), TLK("South West"), TLL("Wales"), TLM("Scotland"),
	TLN("Northern Ireland");

	private final String label;

	ItlRegion(String label) {
		this.label = label;
	}

	public String code() {
		return name();
	}

	public String label() {
		return this.label;
	}

	public static Optional<ItlRegion> fromCode(String code) {
		return Arrays.stream(values()).filter((region) -> region.name().equalsIgnoreCase(code)).findFirst();
	}

}
