package io.github.nhstendertracker.editing;

import java.beans.PropertyDescriptor;
import java.util.Collection;
import java.util.Set;

import io.github.nhstendertracker.common.ControlCharacters;
import io.github.nhstendertracker.common.FieldNames;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.Errors;

/**
 * Refuses hidden control characters ({@link ControlCharacters}) in any text of a change,
 * as a field error on each field holding one.
 */
final class ControlCharacterFields {

	/** What the form carries for the pipeline rather than for the person. */
	private static final Set<String> NOT_TEXT = Set.of("version", "base");

	private ControlCharacterFields() {
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
			boolean found = (value instanceof String text) ? ControlCharacters.in(text)
					: (value instanceof Collection<?> values) && values.stream()
						.anyMatch((item) -> item instanceof String text && ControlCharacters.in(text));
			if (found) {
				clean = false;
				if (!errors.hasFieldErrors(name)) {
					errors.rejectValue(name, "control",
							FieldNames.label(name) + " must not contain hidden control characters");
				}
			}
		}
		return clean;
	}

}
