package io.github.nhstendertracker.editing;

import org.springframework.validation.Errors;

/** Reads a choice from a list (an enum constant by name) as a form sends it. */
final class Choices {

	private Choices() {
	}

	/** The constant with this name, or null if the text is empty or names none. */
	static <E extends Enum<E>> E of(Class<E> type, String text) {
		String name = (text != null) ? text.strip() : "";
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * Rejects text that is given but names no constant, unless the field has an error.
	 */
	static <E extends Enum<E>> void check(Class<E> type, String text, Errors errors, String field, String message) {
		if (text != null && !text.isBlank() && of(type, text) == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "invalid", message);
		}
	}

	/** The constant's name, or null. */
	static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
