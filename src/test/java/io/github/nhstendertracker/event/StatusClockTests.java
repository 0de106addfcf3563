package io.github.nhstendertracker.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.TenderStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statuses stay true as days pass: the dates kept on each tender, and the status clock
 * that settles every tender at once, agree with the Java rules day by day, including the
 * edges of a date known only to the month.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class StatusClockTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aBidDeadlinePassing_makesAnOpenTenderAwaitAward_andSettingTheClockBackReopensIt() {
		long tender = tender("OPEN", null);
		event(tender, "NOTICE_PUBLISHED", "2026-11-01", "DAY", false);
		event(tender, "BID_DEADLINE", "2026-12-10", "DAY", true);
		assertThat(settledOn(tender, "2026-12-10")).as("on the deadline day").isEqualTo("OPEN");
		assertThat(settledOn(tender, "2026-12-11")).as("the day after").isEqualTo("AWAITING_AWARD");
		assertThat(settledOn(tender, "2026-12-09")).as("the clock set back").isEqualTo("OPEN");
	}

	@Test
	void aDeadlineKnownOnlyToTheMonth_passesOnlyWhenTheMonthIsOver() {
		long tender = tender("OPEN", null);
		event(tender, "BID_DEADLINE", "2016-02-01", "MONTH", true);
		assertThat(settledOn(tender, "2016-02-29")).isEqualTo("OPEN");
		assertThat(settledOn(tender, "2016-03-01")).isEqualTo("AWAITING_AWARD");
	}

	@Test
	void aPassedDeadline_leavesATenderWithAPreferredBidderAlone() {
		long tender = tender("PREFERRED_BIDDER", null);
		event(tender, "BID_DEADLINE", "2016-02-01", "DAY", false);
		assertThat(settledOn(tender, "2026-12-01")).isEqualTo("PREFERRED_BIDDER");
	}

	@Test
	void anAwardedContract_endsTheDayAfterItsStartPlusTheLongestDuration() {
		long tender = tender("AWARDED", 36);
		event(tender, "AWARD", "2020-01-15", "DAY", false);
		event(tender, "CONTRACT_START", "2020-04-01", "DAY", true);
		assertThat(this.jdbc
			.sql("select contract_end || ' ' || contract_end_precision || ' ' || contract_end_derived "
					+ "from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single()).isEqualTo("2023-04-01 DAY true");
		assertThat(settledOn(tender, "2023-04-01")).isEqualTo("AWARDED");
		assertThat(settledOn(tender, "2023-04-02")).isEqualTo("ENDED");
		assertThat(settledOn(tender, "2022-01-01")).isEqualTo("AWARDED");
	}

	@Test
	void aReportedEnd_winsOverTheDerivedOne() {
		long tender = tender("AWARDED", 120);
		event(tender, "CONTRACT_START", "2020-04-01", "DAY", false);
		event(tender, "CONTRACT_END", "2022-06-01", "MONTH", true);
		assertThat(this.jdbc
			.sql("select contract_end || ' ' || contract_end_precision || ' ' || contract_end_derived "
					+ "from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single()).isEqualTo("2022-06-01 MONTH false");
		assertThat(settledOn(tender, "2022-06-30")).isEqualTo("AWARDED");
		assertThat(settledOn(tender, "2022-07-01")).isEqualTo("ENDED");
	}

	@Test
	void theClockAndTheJavaRules_agreeDayByDay() {
		long open = tender("OPEN", null);
		event(open, "BID_DEADLINE", "2024-02-01", "MONTH", true);
		event(open, "BID_DEADLINE", "2024-03-15", "DAY", true);
		long awarded = tender("AWARDED", 12);
		event(awarded, "CONTRACT_START", "2024-01-01", "MONTH", false);
		for (LocalDate day = LocalDate.of(2024, 3, 10); day.isBefore(LocalDate.of(2025, 2, 5)); day = day.plusDays(5)) {
			for (long tender : List.of(open, awarded)) {
				TenderStatus folded = TenderStatus.valueOf(tender == open ? "OPEN" : "AWARDED");
				TenderStatus expected = StatusDerivation.settle(folded, javaDates(tender), day);
				assertThat(settledOn(tender, day.toString())).as(tender + " on " + day).isEqualTo(expected.name());
			}
		}
	}

	private TenderDates javaDates(long tender) {
		List<DatedStep> events = this.jdbc
			.sql("select type, event_date, date_precision from tender_event where tender_id = :id order by id")
			.param("id", tender)
			.query((rs, n) -> new DatedStep(EventType.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
					DatePrecision.valueOf(rs.getString(3))))
			.list();
		Integer months = this.jdbc.sql("select duration_max_months from tender where id = :id")
			.param("id", tender)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return TenderDates.of(events, new ContractValue(null, null, false, null, null, months));
	}

	private record DatedStep(EventType type, LocalDate date, DatePrecision precision) implements DatedEvent {
	}

	private String settledOn(long tender, String day) {
		Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		new StatusClock(this.jdbc, clock).settleAll();
		return this.jdbc.sql("select status from tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single();
	}

	private long tender(String status, Integer durationMonths) {
		return this.jdbc.sql("""
				insert into tender (title, description, status, duration_max_months, version)
				values ('Clock test tender', 'A test', :status, :months, 0) returning id""")
			.param("status", status)
			.param("months", durationMonths)
			.query(Long.class)
			.single();
	}

	private void event(long tender, String type, String date, String precision, boolean expected) {
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description, version)
				values (:tender, :type, :date, :precision, :expected, 'Clock test', 0)""")
			.param("tender", tender)
			.param("type", type)
			.param("date", LocalDate.parse(date))
			.param("precision", precision)
			.param("expected", expected)
			.update();
	}

}
