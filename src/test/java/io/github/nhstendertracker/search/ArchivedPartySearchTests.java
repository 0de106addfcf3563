package io.github.nhstendertracker.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An archived commissioner or bidder is gone from the search: not named in the CSV, not
 * tagged on the page, not in the JSON, and a filter on its id is treated as an unknown
 * id. Each test first shows the party present, then archives it (rolled back afterwards):
 * seeded commissioner 8, NHS Dudley CCG (the only commissioner of tender 8), and bidder
 * 2, Circle Health (a bidder for tender 3). Requests run on the test's thread, so they
 * see the uncommitted archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TestDatabaseConfiguration.class)
class ArchivedPartySearchTests {

	private static final String DUDLEY_CCG = "NHS Dudley CCG";

	private static final String CIRCLE = "Circle Health";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void csv_leavesAnArchivedCommissionerOutOfTheCommissionersColumn() throws Exception {
		assertThat(csvCommissionersOf(8)).isEqualTo(DUDLEY_CCG);

		archive("commissioner", 8);

		assertThat(csvCommissionersOf(8)).isEmpty();
		assertThat(text(get("/tenders.csv"), 200)).doesNotContain(DUDLEY_CCG).contains("/tenders/8");
	}

	@Test
	void csv_treatsAnArchivedCommissionerOrBidderIdAsUnknown() throws Exception {
		assertThat(text(get("/tenders.csv").param("commissioner", "8"), 200)).contains(DUDLEY_CCG);
		assertThat(text(get("/tenders.csv").param("bidder", "2"), 200)).contains("/tenders/3");

		archive("commissioner", 8);
		archive("bidder", 2);

		assertThat(text(get("/tenders.csv").param("commissioner", "8"), 400))
			.isEqualTo("commissioner: There is no commissioner with id 8\n");
		assertThat(text(get("/tenders.csv").param("bidder", "2"), 400))
			.isEqualTo("bidder: There is no bidder with id 2\n");
	}

	@Test
	void page_doesNotTagAnArchivedCommissioner_andTreatsItsIdAsUnknown() throws Exception {
		assertThat(text(get("/tenders").param("commissioner", "8"), 200)).contains("Commissioner: " + DUDLEY_CCG);

		archive("commissioner", 8);

		String html = text(get("/tenders").param("commissioner", "8"), 400);
		assertThat(html).doesNotContain(DUDLEY_CCG)
			.doesNotContain("Applied filters")
			.contains("There is no commissioner with id 8")
			.contains("id=\"commissionerName-error\"");
	}

	@Test
	void page_doesNotTagAnArchivedBidder_andTreatsItsIdAsUnknown() throws Exception {
		assertThat(text(get("/tenders").param("bidder", "2"), 200)).contains("Bidder: " + CIRCLE);

		archive("bidder", 2);

		String html = text(get("/tenders").param("bidder", "2"), 400);
		assertThat(html).doesNotContain(CIRCLE)
			.doesNotContain("Applied filters")
			.contains("There is no bidder with id 2")
			.contains("id=\"bidderName-error\"");
	}

	@Test
	void json_leavesAnArchivedCommissionerOutOfResults_andTreatsItsIdAsUnknown() throws Exception {
		this.mvc.perform(get("/api/tenders").param("commissioner", "8"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].tender.id").value(8))
			.andExpect(jsonPath("$.items[0].tender.commissioners[*].name").value(hasItem(DUDLEY_CCG)));

		archive("commissioner", 8);

		this.mvc.perform(get("/api/tenders").param("commissioner", "8"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.commissioner").value("There is no commissioner with id 8"));
		this.mvc.perform(get("/api/tenders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].tender.id").value(hasItem(8)))
			.andExpect(jsonPath("$.items[*].tender.commissioners[*].name").value(not(hasItem(DUDLEY_CCG))));
		assertThat(text(get("/api/tenders"), 200)).doesNotContain(DUDLEY_CCG);
		assertThat(text(get("/api/tenders/summary").param("commissioner", "8"), 400))
			.contains("There is no commissioner with id 8");
	}

	@Test
	void json_treatsAnArchivedBidderIdAsUnknown() throws Exception {
		this.mvc.perform(get("/api/tenders").param("bidder", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].tender.id").value(3));

		archive("bidder", 2);

		this.mvc.perform(get("/api/tenders").param("bidder", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.bidder").value("There is no bidder with id 2"));
		assertThat(text(get("/api/tenders/summary").param("bidder", "2"), 400))
			.contains("There is no bidder with id 2");
	}

	private void archive(String table, long id) {
		int archived = this.jdbc.sql("update " + table + " set archived_at = now() where id = :id")
			.param("id", id)
			.update();
		assertThat(archived).isOne();
	}

	private String csvCommissionersOf(long tender) throws Exception {
		List<List<String>> records = TenderCsvControllerTests.parse(text(get("/tenders.csv"), 200));
		int column = records.get(0).indexOf("commissioners");
		return records.stream()
			.filter((record) -> record.get(0).equals(String.valueOf(tender)))
			.map((record) -> record.get(column))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No CSV row for tender " + tender));
	}

	private String text(org.springframework.test.web.servlet.RequestBuilder request, int expectedStatus)
			throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return body;
	}

}
