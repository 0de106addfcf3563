package io.github.nhstendertracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.nhstendertracker.common.FieldNames;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form post that could not be saved because the database was out of reach, kept so the
 * person can send the same answers again with one button: every field as it was sent,
 * except the CSRF token (the page adds a fresh one) and passwords (never sent back to a
 * browser).
 *
 * @param action where the form was posted
 * @param fields the fields, in the order sent
 * @param droppedPasswords whether password fields were left out
 */
record Resubmission(String action, List<Field> fields, boolean droppedPasswords) {

	/** Fields the page shows no person: the form's own bookkeeping. */
	private static final Set<String> HIDDEN = Set.of("version", "base", "change");

	/**
	 * One field as sent.
	 *
	 * @param name its name
	 * @param value its value
	 */
	record Field(String name, String value) {

		/** "commissionerIds" as "Commissioner ids". */
		public String label() {
			return FieldNames.label(this.name);
		}

	}

	static Resubmission of(HttpServletRequest request) {
		List<Field> fields = new ArrayList<>();
		boolean dropped = false;
		for (var entry : request.getParameterMap().entrySet()) {
			String name = entry.getKey();
			if ("_csrf".equals(name)) {
				continue;
			}
			if (name.toLowerCase(Locale.ROOT).contains("password")) {
				dropped = true;
				continue;
			}
			for (String value : entry.getValue()) {
				fields.add(new Field(name, value));
			}
		}
		return new Resubmission(request.getRequestURI(), fields, dropped);
	}

	/**
	 * The fields a person typed, for the page to show: not the form's bookkeeping, nor
	 * the markers that Spring sends with each checkbox ({@code _abolished}).
	 */
	public List<Field> shown() {
		return this.fields.stream()
			.filter((field) -> !HIDDEN.contains(field.name()) && !field.name().startsWith("_")
					&& !field.value().isBlank())
			.toList();
	}

}
