package io.github.nhstendertracker.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * OCDS dates are date-times, usually with an offset ({@code 2025-01-23T22:10:19Z}). The
 * tracker keeps the day as it was in the UK; a date with no offset is taken as UK time. A
 * date that cannot be read is absent, never guessed.
 */
final class OcdsDates {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private OcdsDates() {
	}

	static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value).atZoneSameInstant(UK).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			// Try the forms without an offset below.
		}
		try {
			return LocalDateTime.parse(value).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			// Try a plain date below.
		}
		try {
			return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
