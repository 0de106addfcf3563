package io.github.nhstendertracker.editing;

import java.beans.PropertyDescriptor;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.Errors;

/**
 * Refuses hidden control characters (a NUL byte, an escape, a bell) in any text of a
 * change, which PostgreSQL cannot store or which would show as nothing. Tabs and line
 * breaks are text, and allowed.
 */
final class ControlCharacters {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	/** What the form carries for the pipeline rather than for the person. */
	private static final Set<String> NOT_TEXT = Set.of("version", "base");

	private ControlCharacters() {
	}

	/** Whether the text holds a control character other than a tab or line break. */
	static boolean in(String text) {
		return text != null && CONTROL.matcher(text).find();
	}

	/**
	 * Adds an error to each text field (or list of texts) holding one.
	 * @return whether the change is free of them
	 */
	static boolean check(Object change, Errors errors) {
		boolean clean = true;
		BeanWrapper wrapper = new BeanWrapperImpl(change);
		for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
			String name = property.getName();
			if (NOT_TEXT.contains(name) || !wrapper.isReadableProperty(name) || !wrapper.isWritableProperty(name)) {
				continue;
			}
			Object value = wrapper.getPropertyValue(name);
			boolean found = (value instanceof String text) ? in(text) : (value instanceof Collection<?> values)
					&& values.stream().anyMatch((item) -> item instanceof String text && in(text));
			if (found) {
				clean = false;
				if (!errors.hasFieldErrors(name)) {
					errors.rejectValue(name, "control", label(name) + " must not contain hidden control characters");
				}
			}
		}
		return clean;
	}

	/** "commissionerIds" as "Commissioner ids". */
	private static String label(String property) {
		String words = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
