package io.github.nhstendertracker.editing;

import java.time.DateTimeException;
import java.time.LocalDate;

import io.github.nhstendertracker.common.DatePrecision;

import org.springframework.validation.Errors;

/**
 * Reads a GOV.UK date input whose day, or day and month, may be left out: a full date is
 * known to the day, a month and year to the month (stored as the 1st), a year alone to
 * the year (stored as 1 January).
 */
final class PartialDateInput {

	private PartialDateInput() {
	}

	/**
	 * A date read from its three parts.
	 *
	 * @param date the date, at the start of its month or year when less precise
	 * @param precision how precisely it is known
	 */
	record PartialDate(LocalDate date, DatePrecision precision) {
	}

	/**
	 * Reads the parts, or rejects {@code field} with a GOV.UK message and returns null.
	 */
	static PartialDate read(String day, String month, String year, Errors errors, String field, String what) {
		String d = trim(day);
		String m = trim(month);
		String y = trim(year);
		if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
			errors.rejectValue(field, "required", "Enter the " + what);
			return null;
		}
		if (y.isEmpty()) {
			errors.rejectValue(field, "year", "The " + what + " must include a year");
			return null;
		}
		if (!d.isEmpty() && m.isEmpty()) {
			errors.rejectValue(field, "month", "The " + what + " must include a month");
			return null;
		}
		if (!(d + m + y).chars().allMatch((c) -> c >= '0' && c <= '9')) {
			errors.rejectValue(field, "real", "The " + what + " must be a real date");
			return null;
		}
		if (y.length() != 4) {
			errors.rejectValue(field, "year", "Year must include 4 numbers");
			return null;
		}
		if (d.length() > 2 || m.length() > 2) {
			errors.rejectValue(field, "real", "The " + what + " must be a real date");
			return null;
		}
		try {
			int yearNumber = Integer.parseInt(y);
			if (m.isEmpty()) {
				return new PartialDate(LocalDate.of(yearNumber, 1, 1), DatePrecision.YEAR);
			}
			int monthNumber = Integer.parseInt(m);
			if (d.isEmpty()) {
				return new PartialDate(LocalDate.of(yearNumber, monthNumber, 1), DatePrecision.MONTH);
			}
			return new PartialDate(LocalDate.of(yearNumber, monthNumber, Integer.parseInt(d)), DatePrecision.DAY);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "real", "The " + what + " must be a real date");
			return null;
		}
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : "";
	}

}
