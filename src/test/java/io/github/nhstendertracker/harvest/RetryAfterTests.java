package io.github.nhstendertracker.harvest;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal's {@code Retry-After} read as seconds or as an HTTP date, in each of the forms
 * HTTP allows; anything else says nothing.
 */
class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void seconds_areTheWait() {
		assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
		assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
	}

	@Test
	void anHttpDate_isTheWaitUntilThen() {
		assertThat(RetryAfter.parse("Thu, 03 Dec 2026 10:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
	}

	@Test
	void theObsoleteDateForms_areReadToo() {
		assertThat(RetryAfter.parse("Thursday, 03-Dec-26 10:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
		assertThat(RetryAfter.parse("Thu Dec  3 10:00:20 2026", NOW)).contains(Duration.ofSeconds(20));
	}

	@Test
	void aDateAlreadyPast_meansNoWait() {
		assertThat(RetryAfter.parse("Thu, 03 Dec 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
	}

	@Test
	void nothingOrNonsense_saysNothing() {
		assertThat(RetryAfter.parse(null, NOW)).isEmpty();
		assertThat(RetryAfter.parse("", NOW)).isEmpty();
		assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
		assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
		assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
	}

}
