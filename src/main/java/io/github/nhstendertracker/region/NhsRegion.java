package io.github.nhstendertracker.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven NHS England regions (since April 2020), each with a URL slug.
 */
public enum NhsRegion {

	NORTH_EAST_AND_YORKSHIRE("north-east-and-yorkshire", "North East and Yorkshire"),
	NORTH_WEST("north-west", "North West"), MIDLANDS("midlands", "Midlands"),
	EAST_OF_ENGLAND("east-of-england", "East of England"), LONDON("london", "London"),
	SOUTH_EAST("south-east", "South East"), SOUTH_WEST("south-west", "South West");

	private final String slug;

	private final String label;

	NhsRegion(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	public static Optional<NhsRegion> fromSlug(String slug) {
		return Arrays.stream(values()).filter((region) -> region.slug.equals(slug)).findFirst();
	}

}
