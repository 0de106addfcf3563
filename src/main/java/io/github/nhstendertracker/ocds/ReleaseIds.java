package io.github.nhstendertracker.ocds;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The id of a release that came without one: {@code "derived-"} and the first 20 hex
 * digits of the SHA-256 of the release's canonical JSON (compact, keys sorted at every
 * level), taken before the id is filled in. The same content always gives the same id, in
 * any key order, so a re-import finds the release again; any other content gives another
 * id.
 */
final class ReleaseIds {

	static final String PREFIX = "derived-";

	private static final int HEX_DIGITS = 20;

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	private ReleaseIds() {
	}

	/** Whether the release has no usable id: none, null, or blank. */
	static boolean missing(JsonNode release) {
		JsonNode id = release.get("id");
		return id == null || id.isNull() || (id.isString() && id.asString().isBlank());
	}

	/** Fills in a derived id when the release has none; says whether it did. */
	static boolean fillIn(ObjectNode release) {
		if (!missing(release)) {
			return false;
		}
		release.remove("id");
		release.put("id", derive(release));
		return true;
	}

	static String derive(JsonNode release) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(release));
			return PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
