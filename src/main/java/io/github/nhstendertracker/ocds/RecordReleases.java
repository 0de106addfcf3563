package io.github.nhstendertracker.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The releases a record stands for: its embedded releases when it has full ones (objects
 * with more than {@code url}, {@code date} and {@code tag}), otherwise its
 * {@code compiledRelease} (tagged {@code compiled}). Linked releases alone are references
 * to other files and give nothing.
 */
final class RecordReleases {

	private static final Set<String> LINK_FIELDS = Set.of("url", "date", "tag");

	private RecordReleases() {
	}

	/** The releases to read from the record; empty when it has none to give. */
	static List<ObjectNode> of(JsonNode record) {
		List<ObjectNode> embedded = new ArrayList<>();
		for (JsonNode release : record.path("releases")) {
			if (release instanceof ObjectNode object && isFull(object)) {
				embedded.add(object);
			}
		}
		if (!embedded.isEmpty()) {
			return embedded;
		}
		if (record.get("compiledRelease") instanceof ObjectNode compiled) {
			return List.of(compiled);
		}
		return List.of();
	}

	/** Why {@link #of} gave nothing, for the report. */
	static String whyNone(JsonNode record) {
		String ocid = record.path("ocid").isString() ? " for " + record.path("ocid").asString() : "";
		return "the record" + ocid + " has no embedded releases and no compiledRelease";
	}

	private static boolean isFull(ObjectNode release) {
		for (String name : release.propertyNames()) {
			if (!LINK_FIELDS.contains(name)) {
				return true;
			}
		}
		return false;
	}

}
