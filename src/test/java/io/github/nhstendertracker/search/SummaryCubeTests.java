package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.tender.ServiceArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary cube against PostgreSQL: it must give exactly what reading the tenders
 * gives, for every filter it answers, and must never be used once the data has moved on.
 * Each test adds 240 varied tenders (rolled back afterwards) to the seeded ones.
 */
@SpringBootTest
@Transactional
@Import(TestDatabaseConfiguration.class)
class SummaryCubeTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderSearch search;

	@Autowired
	private SummaryCube cube;

	@BeforeEach
	void addVariedTenders() {
		// Regions, statuses, value shapes (ranges, open tops, "up to", per year with and
		// without a duration, none), zero to two service areas and events that have and
		// have not happened, all from the row number.
		this.jdbc.sql("""
				insert into tender (id, title, description, status, nhs_region, itl_region, value_low, value_high,
				                    value_high_open, value_basis, duration_min_months, duration_max_months)
				select 900000 + i, 'Cube test tender ' || i, 'Inserted by the summary cube test.',
				       (array['PLANNED', 'OPEN', 'PREFERRED_BIDDER', 'AWARDED', 'PAUSED', 'DELAYED', 'COLLAPSED',
				              'CANCELLED'])[1 + i % 8],
				       (array['LONDON', 'MIDLANDS', 'NORTH_WEST', null])[1 + i % 4],
				       (array['TLI', 'TLG', 'TLD', null])[1 + i % 4],
				       case when i % 9 = 0 then null when i % 9 = 1 then null else (i * 1000)::numeric end,
				       case when i % 9 = 0 then null when i % 9 in (1, 2) then (i * 5000)::numeric
				            when i % 9 = 3 then null else (i * 3000)::numeric end,
				       i % 9 = 3,
				       case when i % 9 = 0 then null when i % 5 = 0 then 'ANNUAL' else 'TOTAL' end,
				       case when i % 7 = 0 then null else 12 * (1 + i % 5) end,
				       case when i % 7 = 0 then null else 12 * (1 + i % 5) + 12 * (i % 2) end
				from generate_series(1, 240) i""").update();
		// Two of them are programmes split into lots: their own value leaves the sums.
		this.jdbc.sql("update tender set parent_id = 900010 where id between 900011 and 900013").update();
		this.jdbc.sql("update tender set parent_id = 900020 where id = 900021").update();
		this.jdbc.sql("""
				insert into tender_service_area (tender_id, service_area)
				select 900000 + i, (array['OLDER_PEOPLE', 'COMMUNITY', 'MUSCULOSKELETAL', 'CANCER', 'END_OF_LIFE',
				                          'INTEGRATED_CARE', 'PRIMARY_CARE', 'MATERNITY', 'MENTAL_HEALTH',
				                          'OTHER'])[1 + (i * k) % 10]
				from generate_series(1, 240) i, generate_series(1, 2) k
				where i % 3 <> 0 and (k = 1 or i % 4 = 0)
				on conflict do nothing""").update();
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description)
				select 900000 + i, (array['NOTICE_PUBLISHED', 'BID_DEADLINE', 'AWARD', 'PAUSE', 'COLLAPSE',
				                          'DELAY', 'CANCELLATION'])[1 + (i + k) % 7],
				       date '2012-01-01' + (i * 37 + k * 400) % 5000, 'DAY', (i + k) % 11 = 0,
				       'An event for the summary cube test.'
				from generate_series(1, 240) i, generate_series(0, i % 4) k""").update();
		this.cube.rebuild();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "region=midlands", "region=london&region=north-west", "itl=TLG", "itl=TLI&itl=TLD",
			"status=awarded&status=paused", "status=collapsed", "serviceArea=cancer",
			"serviceArea=cancer&serviceArea=community", "event=collapse", "event=pause&event=delay",
			"event=pause&region=midlands", "valueBasis=annual", "valueBasis=annual&serviceArea=community",
			"status=open&serviceArea=community&event=bid-deadline", "region=midlands&status=open&event=award" })
	void cube_summarisesExactlyAsReadingTheTendersDoes(String filters) {
		TenderQuery query = query(filters);
		assertThat(SearchSql.onlyDimensions(query)).isTrue();
		assertThat(this.cube.ready()).isTrue();

		Summary fromCube = this.search.summaryFromCube(query);
		Summary fromTenders = this.search.summaryFromTenders(query);

		assertThat(fromTenders.tenders()).as("the filter should match some tenders").isPositive();
		assertThat(fromCube).isEqualTo(fromTenders);
		SearchResult result = this.search.search(query);
		assertThat(result.count()).isEqualTo(new SearchResult.Count(fromTenders.tenders(), true));
		assertThat(result.summary()).isEqualTo(fromTenders);
		assertThat(result.summaryLater()).isFalse();
	}

	@Test
	void cube_coversALargeResultExactly() {
		// Every tender: more than the seeded eight plus 600 would ever need counting to.
		Summary all = this.search.summary(query(""));
		long tenders = this.jdbc.sql("select count(*) from tender").query(Long.class).single();
		assertThat(all.tenders()).isEqualTo(tenders);
		assertThat(all.byStatus().values().stream().mapToLong(SearchResult.Bucket::tenders).sum()).isEqualTo(tenders);
	}

	@Test
	void cube_isNotUsedOnceTheDataChanges_untilItIsRebuilt() {
		assertThat(this.cube.ready()).isTrue();
		Summary before = this.search.summary(query("event=collapse"));

		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, description)
				values (900001, 'COLLAPSE', date '2020-01-01', 'DAY', 'A collapse added by the test.')""").update();

		assertThat(this.cube.ready()).isFalse();
		Summary after = this.search.summary(query("event=collapse"));
		assertThat(after.tenders()).isEqualTo(before.tenders() + 1);
		assertThat(after).isEqualTo(this.search.summaryFromTenders(query("event=collapse")));

		this.cube.rebuild();
		assertThat(this.cube.ready()).isTrue();
		assertThat(this.search.summaryFromCube(query("event=collapse"))).isEqualTo(after);
	}

	@Test
	void masks_followServiceAreasAndEventsThatHappened() {
		long id = 900003;
		assertThat(areas(id)).isEqualTo(expectedAreas(id));
		this.jdbc.sql("delete from tender_service_area where tender_id = :id").param("id", id).update();
		assertThat(areas(id)).isZero();
		this.jdbc.sql("insert into tender_service_area values (:id, 'MATERNITY'), (:id, 'CANCER')")
			.param("id", id)
			.update();
		assertThat(areas(id)).isEqualTo(bit("search_area_bit", "MATERNITY") | bit("search_area_bit", "CANCER"));

		this.jdbc.sql("delete from tender_event where tender_id = :id").param("id", id).update();
		assertThat(events(id)).isZero();
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description)
				values (:id, 'AWARD', date '2030-01-01', 'DAY', true, 'Expected award.')""").param("id", id).update();
		assertThat(events(id)).as("an expected event has not happened").isZero();
		this.jdbc.sql("update tender_event set expected = false where tender_id = :id").param("id", id).update();
		assertThat(events(id)).isEqualTo(bit("search_event_bit", "AWARD"));
	}

	@Test
	void bitPositions_coverEveryServiceAreaAndEventType_once() {
		List<Integer> areaBits = Arrays.stream(ServiceArea.values())
			.map((area) -> this.jdbc.sql("select search_area_bit(:name)")
				.param("name", area.name())
				.query(Integer.class)
				.single())
			.toList();
		List<Integer> eventBits = Arrays.stream(EventType.values())
			.map((type) -> this.jdbc.sql("select search_event_bit(:name)")
				.param("name", type.name())
				.query(Integer.class)
				.single())
			.toList();
		assertThat(areaBits).doesNotContainNull().doesNotHaveDuplicates().allMatch((bit) -> bit >= 0 && bit < 31);
		assertThat(eventBits).doesNotContainNull().doesNotHaveDuplicates().allMatch((bit) -> bit >= 0 && bit < 31);
	}

	private int areas(long id) {
		return this.jdbc.sql("select area_mask from tender where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private int events(long id) {
		return this.jdbc.sql("select event_mask from tender where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private int expectedAreas(long id) {
		return this.jdbc.sql("select service_area from tender_service_area where tender_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.stream()
			.mapToInt((area) -> bit("search_area_bit", area))
			.reduce(0, (a, b) -> a | b);
	}

	private int bit(String function, String name) {
		int position = this.jdbc.sql("select " + function + "(:name)")
			.param("name", name)
			.query(Integer.class)
			.single();
		return 1 << position;
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "region=midlands", "status=collapsed", "serviceArea=cancer", "event=pause&event=delay" })
	void archivedTenders_leaveTheCubeTheTendersAndTheList(String filters) {
		TenderQuery query = query(filters);
		Summary before = this.search.summaryFromTenders(query);
		int archived = this.jdbc.sql("update tender set archived_at = now() where id between 900001 and 900060")
			.update();
		assertThat(archived).isEqualTo(60);
		this.cube.rebuild();

		Summary fromCube = this.search.summaryFromCube(query);
		Summary fromTenders = this.search.summaryFromTenders(query);
		assertThat(fromCube).isEqualTo(fromTenders);
		assertThat(fromTenders.tenders()).isLessThan(before.tenders());
		SearchResult result = this.search.search(query);
		assertThat(result.count().value()).isEqualTo(fromTenders.tenders());
		assertThat(result.hits()).noneMatch((hit) -> hit.tender().id() > 900000 && hit.tender().id() <= 900060);
	}

	@Test
	void archivedTender_isNotFoundByItsWords() {
		this.jdbc.sql("update tender set title = 'Zebrawood dermatology pathway' where id = 900007").update();
		TenderQuery byTitle = query("q=zebrawood");
		assertThat(this.search.search(byTitle).hits()).extracting((hit) -> hit.tender().id()).contains(900007L);
		this.jdbc.sql("update tender set archived_at = now() where id = 900007").update();
		assertThat(this.search.search(byTitle).hits()).extracting((hit) -> hit.tender().id()).doesNotContain(900007L);
	}

	private static TenderQuery query(String filters) {
		TenderQuery.Parsed parsed = TenderQuery
			.parse(UriComponentsBuilder.fromUriString("/tenders?" + filters).build().getQueryParams());
		assertThat(parsed.errors()).isEmpty();
		return parsed.query();
	}

}
