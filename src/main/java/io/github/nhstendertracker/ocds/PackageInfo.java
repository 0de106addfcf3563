package io.github.nhstendertracker.ocds;

import tools.jackson.databind.JsonNode;

/**
 * What the package around a release says of itself. Any field may be null: a bare release
 * (a JSON Lines line) has no package, and a package gives only what it has. When a
 * package puts these fields after its releases, each release carries what was seen before
 * it.
 */
public record PackageInfo(String uri, String publisherName, String publisherScheme, String publisherUid, String license,
		String publishedDate) {

	/** No package: every field null. */
	public static final PackageInfo NONE = new PackageInfo(null, null, null, null, null, null);

	/** The fields of a package object (or of the part of it read so far). */
	static PackageInfo of(JsonNode pack) {
		JsonNode publisher = pack.path("publisher");
		return new PackageInfo(text(pack, "uri"), text(publisher, "name"), text(publisher, "scheme"),
				text(publisher, "uid"), text(pack, "license"), text(pack, "publishedDate"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
