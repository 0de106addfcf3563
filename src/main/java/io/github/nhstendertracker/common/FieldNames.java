package io.github.nhstendertracker.common;

import java.util.Locale;

/** A form field's property name as words a person reads in a message. */
public final class FieldNames {

	private FieldNames() {
	}

	/** "commissionerIds" as "Commissioner ids". */
	public static String label(String property) {
		String words = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
