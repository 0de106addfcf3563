package io.github.nhstendertracker.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Which audit records to list, checked: every part may be empty, meaning "any".
 *
 * @param actor the username of who made the change
 * @param entityType the kind of record changed
 * @param action what was done
 * @param from the first day, in UK time
 * @param to the last day, in UK time, included
 * @param text words to find in the changed record's name or title
 */
public record AuditFilter(String actor, AuditEntity entityType, AuditAction action, LocalDate from, LocalDate to,
		String text) {

	/** Longest free text searched for, matching the label column. */
	static final int TEXT_MAX = 300;

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern UK = Pattern.compile("(\\d{1,2})\\s*[/.\\s-]\\s*(\\d{1,2})\\s*[/.\\s-]\\s*(\\d{4})");

	/** No filter: every record. */
	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

	/**
	 * Reads the filter form, reporting each part that cannot be understood on
	 * {@code errors}.
	 */
	public static AuditFilter parse(AuditFilterForm form, Errors errors) {
		String actor = blankToNull(form.getWho());
		AuditEntity type = null;
		String typed = blankToNull(form.getType());
		if (typed != null) {
			try {
				type = AuditEntity.valueOf(typed);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("type", "unknown", "Select a record type from the list");
			}
		}
		AuditAction action = null;
		String actionTyped = blankToNull(form.getAction());
		if (actionTyped != null) {
			try {
				action = AuditAction.valueOf(actionTyped);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("action", "unknown", "Select an action from the list");
			}
		}
		LocalDate from = date(form.getFrom(), "from", "From date", errors);
		LocalDate to = date(form.getTo(), "to", "To date", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("to", "order", "To date must be the same as or after the from date");
		}
		String text = blankToNull(form.getText());
		if (text != null && text.length() > TEXT_MAX) {
			errors.rejectValue("text", "length", "Search text must be " + TEXT_MAX + " characters or fewer");
		}
		return new AuditFilter(actor, type, action, from, to, (text != null) ? text.trim() : null);
	}

	/**
	 * A date typed as 2026-05-31, 31/5/2026, 31-5-2026, 31.5.2026 or 31 5 2026; null when
	 * empty or not understood (then reported on {@code errors}).
	 */
	static LocalDate date(String typed, String field, String label, Errors errors) {
		String value = blankToNull(typed);
		if (value == null) {
			return null;
		}
		value = value.trim();
		Matcher iso = ISO.matcher(value);
		Matcher uk = UK.matcher(value);
		try {
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			if (uk.matches()) {
				return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
						Integer.parseInt(uk.group(1)));
			}
			errors.rejectValue(field, "format", label + " must be a date, like 31/5/2026 or 2026-05-31");
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "real", label + " must be a real date");
		}
		return null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
