package io.github.nhstendertracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations build a schema Hibernate validates, and the seed holds the facts
 * of the five source articles.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class SeedMigrationTests {

	@Autowired
	private JdbcClient jdbc;

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void seed_hasEveryRecordFromTheFiveArticles() {
		assertThat(count("source")).isEqualTo(5);
		assertThat(count("source_person")).isEqualTo(9);
		assertThat(count("commissioner")).isEqualTo(13);
		assertThat(count("tender")).isEqualTo(8);
		assertThat(count("bidder")).isEqualTo(10);
		assertThat(count("bidder_member")).isEqualTo(5);
		assertThat(count("bid")).isEqualTo(18);
		assertThat(count("tender_event")).isEqualTo(25);
		assertThat(count("reported_figure")).isEqualTo(14);
	}

	@Test
	void seed_everyEventAndFigureIsTracedToASource() {
		assertThat(this.jdbc.sql("""
				select count(*) from tender_event e
				where not exists (select 1 from tender_event_source s where s.event_id = e.id)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from bid where source_id is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void dudley_hasTheReportedRangeDurationAndDates() {
		Map<String, Object> dudley = this.jdbc
			.sql("select * from tender where title = 'Multispecialty community provider (Dudley)'")
			.query()
			.singleRow();
		assertThat((BigDecimal) dudley.get("value_low")).isEqualByComparingTo("3400000000");
		assertThat((BigDecimal) dudley.get("value_high")).isEqualByComparingTo("5400000000");
		assertThat(dudley.get("duration_min_months")).isNull();
		assertThat(dudley.get("duration_max_months")).isEqualTo(180);
		List<Map<String, Object>> events = this.jdbc.sql("""
				select type, event_date, date_precision, expected from tender_event
				where tender_id = :id order by event_date""").param("id", dudley.get("id")).query().listOfRows();
		assertThat(events).extracting((row) -> row.get("type"))
			.containsExactly("NOTICE_PUBLISHED", "BID_DEADLINE", "CONTRACT_START");
		assertThat(events.get(0).get("event_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2017, 6, 9)));
		assertThat(events.get(1).get("event_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2017, 7, 13)));
		assertThat(events.get(2).get("event_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2018, 4, 1)));
		assertThat(events).extracting((row) -> row.get("date_precision")).containsOnly("DAY");
		assertThat(events).extracting((row) -> row.get("expected")).containsExactly(false, true, true);
	}

	@Test
	void staffordshire_figuresDisagreeBetweenSourcesAndAllAreKept() {
		List<BigDecimal> cancer = this.jdbc.sql("""
				select f.value_low from reported_figure f join tender t on t.id = f.tender_id
				where t.title = 'Cancer care contract (Staffordshire)' order by f.value_low""")
			.query(BigDecimal.class)
			.list();
		assertThat(cancer).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("687000000"), new BigDecimal("700000000"));
		List<String> programmeLots = this.jdbc.sql("""
				select c.title from tender c join tender p on p.id = c.parent_id
				where p.title like 'Transforming Cancer and End of Life Care Programme%' order by c.title""")
			.query(String.class)
			.list();
		assertThat(programmeLots).containsExactly("Cancer care contract (Staffordshire)",
				"End of life care contract (Staffordshire)");
		assertThat(this.jdbc.sql("""
				select count(*) from tender_commissioner tc join tender t on t.id = tc.tender_id
				where t.title like 'Transforming Cancer%'""").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void cambridgeshire_isAwardedToUnitingCareThenCollapses_withAnOpenUpperBound() {
		Map<String, Object> tender = this.jdbc.sql("select * from tender where title like 'Older people%'")
			.query()
			.singleRow();
		assertThat(tender.get("status")).isEqualTo("COLLAPSED");
		assertThat(tender.get("value_high_open")).isEqualTo(true);
		assertThat((BigDecimal) tender.get("value_low")).isEqualByComparingTo("750000000");
		assertThat(this.jdbc.sql("""
				select b.name from bid join bidder b on b.id = bid.bidder_id
				where bid.tender_id = :id and bid.role = 'AWARDED'""")
			.param("id", tender.get("id"))
			.query(String.class)
			.single()).isEqualTo("UnitingCare Partnership");
		assertThat(this.jdbc.sql("""
				select value_basis from reported_figure where tender_id = :id and value_low = 200000000""")
			.param("id", tender.get("id"))
			.query(String.class)
			.single()).isEqualTo("ANNUAL");
	}

	@Test
	void sources_keepCitationsPeopleAndFormerNames() {
		assertThat(this.jdbc.sql("select citation from source where citation is not null").query(String.class).single())
			.contains("BMJ 2016;352:i745");
		assertThat(this.jdbc.sql("select role from source_person where name = 'Paul Maubach'")
			.query(String.class)
			.single()).contains("Dudley CCG");
		assertThat(
				this.jdbc.sql("select former_names[1] from bidder where name = 'Optum'").query(String.class).single())
			.isEqualTo("UnitedHealth UK");
		assertThat(this.jdbc.sql("""
				select s.name from commissioner c join commissioner s on s.id = c.successor_id
				where c.name = 'NHS Dudley CCG'""").query(String.class).single()).isEqualTo("NHS Black Country ICB");
	}

	@Test
	void schema_refusesAnInvertedValueRange() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.sql(
				"insert into tender (title, description, value_low, value_high, value_basis) values ('x', 'y', 10, 5, 'TOTAL')")
			.update()).hasMessageContaining("tender_value_ck");
	}

}
