package io.github.nhstendertracker.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Repairs the text of a release in place with {@link CleanText}: every {@code name},
 * {@code legalName} and {@code title} as one-line text, every {@code description} with
 * its paragraphs, at any depth, and their language variants ({@code title_cy}).
 */
final class ReleaseText {

	private ReleaseText() {
	}

	/**
	 * Cleans the release; gives one note a changed field, such as
	 * {@code "tender.title: decoded HTML entities"}.
	 */
	static List<String> clean(ObjectNode release) {
		List<String> notes = new ArrayList<>();
		walk(release, "", notes);
		return notes;
	}

	private static void walk(JsonNode node, String path, List<String> notes) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				JsonNode value = field.getValue();
				if (value.isString() && isText(field.getKey())) {
					cleanField(object, field.getKey(), value.asString(), fieldPath, notes);
				}
				else {
					walk(value, fieldPath, notes);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				walk(array.get(i), path + "[" + i + "]", notes);
			}
		}
	}

	private static void cleanField(ObjectNode object, String name, String raw, String path, List<String> notes) {
		CleanText.Cleaned cleaned = base(name).equals("description") ? CleanText.cleanParagraphs(raw)
				: CleanText.clean(raw);
		if (cleaned.changed()) {
			object.put(name, cleaned.text());
			notes.add(path + ": " + String.join(", ", cleaned.repairs()));
		}
	}

	private static boolean isText(String name) {
		return switch (base(name)) {
			case "name", "legalName", "title", "description" -> true;
			default -> false;
		};
	}

	private static String base(String name) {
		int underscore = name.indexOf('_');
		return (underscore > 0) ? name.substring(0, underscore) : name;
	}

}
