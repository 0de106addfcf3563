package io.github.nhstendertracker.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field's value before and after a change, as text a person can read. A null before
 * means the field was empty (or the record new); a null after means it was emptied.
 *
 * @param field the field's name as the form labels it
 * @param before the value before, or null
 * @param after the value after, or null
 */
public record FieldChange(String field, String before, String after) {

	/**
	 * The fields that differ between two snapshots, in the order the snapshots list them.
	 * Snapshots map a field's label to its value as text; use a {@code LinkedHashMap}.
	 */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String old = blankToNull(before.get(field));
			String now = blankToNull(after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	/** Every field of a new record, as changes from nothing. */
	public static List<FieldChange> created(Map<String, String> after) {
		return between(Map.of(), after);
	}

	/** Every field of a removed record, as changes to nothing, so the audit keeps it. */
	public static List<FieldChange> deleted(Map<String, String> before) {
		return between(before, Map.of());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
