package io.github.nhstendertracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bid deadline and contract end filters and sorts, on the list's JSON twin: inclusive
 * edges, a date known only to the month, tenders without the date left out of a filter
 * and sorted last, and keyset paging along each sort.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class DueDateSearchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void deadlineFilter_includesBothEdges_andLeavesOutTendersWithoutADeadline() throws Exception {
		long before = tender("Due test before", "BID_DEADLINE", "2031-02-28", "DAY", null);
		long first = tender("Due test first", "BID_DEADLINE", "2031-03-01", "DAY", null);
		long month = tender("Due test month", "BID_DEADLINE", "2031-03-01", "MONTH", null);
		long last = tender("Due test last", "BID_DEADLINE", "2031-03-31", "DAY", null);
		long after = tender("Due test after", "BID_DEADLINE", "2031-04-01", "DAY", null);
		tender("Due test none", "NOTICE_PUBLISHED", "2031-03-15", "DAY", null);
		List<Long> found = ids("/api/tenders?deadlineFrom=2031-03-01&deadlineTo=2031-03-31&sort=deadline&size=100");
		assertThat(found).containsExactlyInAnyOrder(first, month, last).doesNotContain(before, after);
		assertThat(ids("/api/tenders?deadlineFrom=2031-04-01&sort=deadline&size=100")).startsWith(after);
		assertThat(ids("/api/tenders?deadlineTo=2031-02-28&sort=deadline&dir=desc&size=100")).startsWith(before);
	}

	@Test
	void endFilter_takesTheReportedOrDerivedEnd() throws Exception {
		long reported = tender("Due test reported end", "CONTRACT_END", "2032-06-30", "DAY", null);
		long derived = tender("Due test derived end", "CONTRACT_START", "2030-07-01", "DAY", 24);
		long noDuration = tender("Due test start only", "CONTRACT_START", "2030-07-01", "DAY", null);
		List<Long> found = ids("/api/tenders?endFrom=2032-06-30&endTo=2032-07-01&sort=end&size=100");
		assertThat(found).containsExactly(reported, derived).doesNotContain(noDuration);
	}

	@Test
	void deadlineSort_putsTheSoonestFirstAndTendersWithoutOneLast_andPagesWithoutSkipping() throws Exception {
		List<Long> made = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			made.add(tender("Due test paged " + i, "BID_DEADLINE", LocalDate.of(2035, 1, 1).plusDays(i % 10).toString(),
					"DAY", null));
		}
		long none = tender("Due test paged without", "NOTICE_PUBLISHED", "2035-01-01", "DAY", null);
		made.add(none);
		for (int i = 0; i < made.size(); i++) {
			this.jdbc.sql("update tender set ocid = 'ocds-duetest', lot_id = :lot where id = :id")
				.param("lot", String.valueOf(i))
				.param("id", made.get(i))
				.update();
		}
		made.remove(none);
		List<Long> seen = new ArrayList<>();
		String next = "/api/tenders?ocid=ocds-duetest&sort=deadline&dir=asc";
		while (next != null) {
			String page = this.mvc.perform(get(next))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			seen.addAll(idsIn(page));
			next = JsonPath.read(page, "$.next");
		}
		assertThat(seen).hasSize(31).doesNotHaveDuplicates().endsWith(none);
		assertThat(seen.subList(0, 30)).containsExactlyInAnyOrderElementsOf(made);
		List<String> deadlines = seen.subList(0, 30)
			.stream()
			.map((id) -> this.jdbc.sql("select bid_deadline::text from tender where id = :id")
				.param("id", id)
				.query(String.class)
				.single())
			.toList();
		assertThat(deadlines).isSorted();
	}

	private long tender(String title, String type, String date, String precision, Integer months) {
		long id = this.jdbc.sql("""
				insert into tender (title, description, status, duration_max_months, version)
				values (:title, 'A test', 'OPEN', :months, 0) returning id""")
			.param("title", title)
			.param("months", months)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description, version)
				values (:tender, :type, :date, :precision, true, 'Due test', 0)""")
			.param("tender", id)
			.param("type", type)
			.param("date", LocalDate.parse(date))
			.param("precision", precision)
			.update();
		return id;
	}

	private List<Long> ids(String url) throws Exception {
		return idsIn(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<Long> idsIn(String json) {
		List<Number> ids = JsonPath.read(json, "$.items[*].tender.id");
		return ids.stream().map(Number::longValue).toList();
	}

}
