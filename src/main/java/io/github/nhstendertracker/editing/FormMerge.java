package io.github.nhstendertracker.editing;

import java.beans.PropertyDescriptor;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Merges an edit that was refused because someone else saved the record first, the way a
 * careful person would by hand, field by field:
 * <ul>
 * <li>a field the editor left as it was when they opened the form takes the value saved
 * since;</li>
 * <li>a field the editor changed keeps the editor's value;</li>
 * <li>a field both changed, to different values, keeps the editor's value and is
 * reported, so the page can ask them to choose.</li>
 * </ul>
 * A form's fields are its text, true/false and list-of-text properties, apart from
 * {@code version} and {@code base}. They are encoded as a query string for the hidden
 * {@code base} field.
 */
public final class FormMerge {

	private static final Set<String> NOT_FIELDS = Set.of("class", "version", "base", "sentBase");

	private FormMerge() {
	}

	/**
	 * What a merge did.
	 *
	 * @param theirs the fields that took the other person's value
	 * @param clashes the fields both people changed to different values (the editor's
	 * value is kept)
	 */
	public record Result(List<String> theirs, List<String> clashes) {
	}

	/**
	 * Merges the refused form with the record as it is now, and makes the current record
	 * the form's new base.
	 * @param sent the form the editor sent, changed in place
	 * @param current a form built from the record as it is now
	 * @return which fields took the other person's value, and which clash
	 */
	public static Result merge(EditableForm sent, EditableForm current) {
		List<String> theirs = new ArrayList<>();
		List<String> clashes = new ArrayList<>();
		if (sent.hasSentBase()) {
			Map<String, List<String>> base = decode(sent.getBase());
			Map<String, List<String>> mine = fields(sent);
			Map<String, List<String>> now = fields(current);
			BeanWrapper target = new BeanWrapperImpl(sent);
			BeanWrapper source = new BeanWrapperImpl(current);
			for (String field : now.keySet()) {
				List<String> was = base.getOrDefault(field, List.of());
				boolean iChanged = !Objects.equals(mine.get(field), was);
				boolean theyChanged = !Objects.equals(now.get(field), was);
				if (theyChanged && !iChanged) {
					target.setPropertyValue(field, source.getPropertyValue(field));
					theirs.add(field);
				}
				else if (theyChanged && !Objects.equals(mine.get(field), now.get(field))) {
					clashes.add(field);
				}
			}
		}
		sent.setBase(snapshot(current));
		return new Result(theirs, clashes);
	}

	/**
	 * A form's fields as a query string:
	 * {@code title=...&commissionerIds=1&commissionerIds=2}.
	 * @param form the form
	 * @return the encoded fields
	 */
	public static String snapshot(Object form) {
		StringBuilder text = new StringBuilder();
		fields(form).forEach((field, values) -> values.forEach((value) -> {
			if (!text.isEmpty()) {
				text.append('&');
			}
			text.append(encode(field)).append('=').append(encode(value));
		}));
		return text.toString();
	}

	static Map<String, List<String>> decode(String snapshot) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (String pair : snapshot.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.computeIfAbsent(decode1(pair.substring(0, equals)), (field) -> new ArrayList<>())
					.add(decode1(pair.substring(equals + 1)));
			}
		}
		return fields;
	}

	private static Map<String, List<String>> fields(Object form) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		BeanWrapper wrapper = new BeanWrapperImpl(form);
		for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
			String name = property.getName();
			if (NOT_FIELDS.contains(name) || !wrapper.isReadableProperty(name) || !wrapper.isWritableProperty(name)) {
				continue;
			}
			Object value = wrapper.getPropertyValue(name);
			if (value instanceof Collection<?> values) {
				fields.put(name, values.stream().map(String::valueOf).sorted().toList());
			}
			else if (value == null || value instanceof String || value instanceof Boolean) {
				String text = (value != null) ? value.toString().strip() : "";
				fields.put(name, text.isEmpty() ? List.of() : List.of(text));
			}
		}
		return fields;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode1(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A hand-edited base: treat the broken part as empty rather than fail.
			return "";
		}
	}

}
