package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads the loosely typed values of OCDS releases: a field may be missing, null, of the
 * wrong type or blank, and each of those reads as absent.
 */
final class Json {

	private Json() {
	}

	/** The text at a field, or null when it is missing, blank or not text or a number. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString()) {
			String text = value.stringValue();
			return text.isBlank() ? null : text;
		}
		return value.isNumber() ? value.asString() : null;
	}

	/** A number at a field, including one written as text; null otherwise. */
	static BigDecimal number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isString()) {
			try {
				return new BigDecimal(value.stringValue().strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/** A true or false at a field, or null when it is not a boolean. */
	static Boolean flag(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isBoolean() ? value.booleanValue() : null;
	}

	/** The objects of an array field; empty when it is missing or not an array. */
	static List<JsonNode> objects(JsonNode node, String field) {
		List<JsonNode> objects = new ArrayList<>();
		JsonNode array = node.path(field);
		if (array.isArray()) {
			for (JsonNode item : array) {
				if (item.isObject()) {
					objects.add(item);
				}
			}
		}
		return objects;
	}

	/** The text items of an array field. */
	static List<String> texts(JsonNode node, String field) {
		List<String> texts = new ArrayList<>();
		JsonNode array = node.path(field);
		if (array.isArray()) {
			for (JsonNode item : array) {
				if (item.isString() && !item.stringValue().isBlank()) {
					texts.add(item.stringValue().strip());
				}
			}
		}
		else if (array.isString() && !array.stringValue().isBlank()) {
			texts.add(array.stringValue().strip());
		}
		return texts;
	}

}
