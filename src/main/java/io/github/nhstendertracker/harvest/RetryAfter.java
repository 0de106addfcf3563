package io.github.nhstendertracker.harvest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a portal asks us to wait, from its {@code Retry-After} header: a number of
 * seconds, or an HTTP date in any of the three forms HTTP allows (IMF-fixdate, the
 * obsolete RFC 850 form and asctime's). A date already past means no wait; a header that
 * is neither says nothing.
 */
final class RetryAfter {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
			new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
				.appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
				.appendPattern(" HH:mm:ss 'GMT'")
				.toFormatter(Locale.US)
				.withZone(ZoneOffset.UTC),
			DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

	private RetryAfter() {
	}

	static Optional<Duration> parse(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				Duration wait = Duration.between(now, format.parse(text, Instant::from));
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			}
			catch (DateTimeParseException ex) {
				// Try the next form.
			}
		}
		return Optional.empty();
	}

}
