package io.github.nhstendertracker.search;

import java.time.LocalDate;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event trigger keeps a tender's latest happened event and its event mask, and
 * rewrites the tender's row only when one of them changes: an expected event, or one
 * older than the latest of a type it has had, leaves the row where it was (its
 * {@code ctid}, where the row's current version lies, stays the same).
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class LatestEventTriggerTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void onlyAnEventThatChangesTheLatestOrTheMask_rewritesTheTender() {
		long tender = this.jdbc
			.sql("""
					insert into tender (title, description, status, version) values ('Trigger test tender', 'A test', 'OPEN', 0) returning id""")
			.query(Long.class)
			.single();
		event(tender, "NOTICE_PUBLISHED", LocalDate.of(2025, 3, 1), false);
		String written = place(tender);
		assertThat(latest(tender)).isEqualTo("NOTICE_PUBLISHED 2025-03-01");

		event(tender, "AWARD", LocalDate.of(2026, 4, 1), true);
		event(tender, "NOTICE_PUBLISHED", LocalDate.of(2025, 1, 1), false);
		assertThat(place(tender)).as("an expected event and an older one of a type it has").isEqualTo(written);
		assertThat(latest(tender)).isEqualTo("NOTICE_PUBLISHED 2025-03-01");

		event(tender, "CONTRACT_START", LocalDate.of(2026, 4, 1), true);
		assertThat(this.jdbc.sql("select contract_start::text from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single()).as("an expected start is the contract's start").isEqualTo("2026-04-01");
		written = place(tender);

		int mask = mask(tender);
		event(tender, "MARKET_ENGAGEMENT", LocalDate.of(2024, 6, 1), false);
		assertThat(mask(tender)).as("an older event of a new type changes the mask").isNotEqualTo(mask);
		assertThat(latest(tender)).isEqualTo("NOTICE_PUBLISHED 2025-03-01");

		event(tender, "AWARD", LocalDate.of(2025, 9, 1), false);
		assertThat(latest(tender)).isEqualTo("AWARD 2025-09-01");
	}

	private void event(long tender, String type, LocalDate date, boolean expected) {
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description, version)
				values (:tender, :type, :date, 'DAY', :expected, 'Trigger test', 0)""")
			.param("tender", tender)
			.param("type", type)
			.param("date", date)
			.param("expected", expected)
			.update();
	}

	private String place(long tender) {
		return this.jdbc.sql("select ctid::text from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single();
	}

	private String latest(long tender) {
		return this.jdbc.sql("select latest_event_type || ' ' || latest_event_date from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single();
	}

	private int mask(long tender) {
		return this.jdbc.sql("select event_mask from tender where id = :id")
			.param("id", tender)
			.query(Integer.class)
			.single();
	}

}
