package io.github.nhstendertracker.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An archived commissioner or bidder is gone from the search: not named in the CSV, not
 * tagged on the page, not in the JSON, a filter on its id is treated as an unknown id,
 * and a keyword search does not find a tender through its name. Each test first shows the
 * party present, then archives it (rolled back afterwards): seeded commissioner 8, NHS
 * Dudley CCG (the only commissioner of tender 8), commissioner 6, NHS Cannock Chase CCG
 * (one of four for tenders 5, 6 and 7, whose own text never says Cannock), and bidder 2,
 * Circle Health (a bidder for tender 3, whose own text never says Circle or Health).
 * Requests run on the test's thread, so they see the uncommitted archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TestDatabaseConfiguration.class)
class ArchivedPartySearchTests {

	private static final String DUDLEY_CCG = "NHS Dudley CCG";

	private static final String CIRCLE = "Circle Health";

	private static final Pattern RESULT_LINK = Pattern.compile("<a class=\"govuk-link\" href=\"/tenders/(\\d+)\"");

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

	@Test
	void keywordSearch_doesNotFindATenderThroughAnArchivedBidder_andFindsItAgainOnceRestored() throws Exception {
		assertThat(keywordHits(CIRCLE)).containsExactly(3L);

		archive("bidder", 2);

		assertThat(keywordHits(CIRCLE)).isEmpty();
		assertThat(keywordHits("Circle")).isEmpty();

		restore("bidder", 2);

		assertThat(keywordHits(CIRCLE)).containsExactly(3L);
	}

	@Test
	void keywordSearch_doesNotFindTendersThroughAnArchivedCommissioner_andFindsThemAgainOnceRestored()
			throws Exception {
		assertThat(keywordHits("Cannock Chase")).containsExactlyInAnyOrder(5L, 6L, 7L);

		archive("commissioner", 6);

		assertThat(keywordHits("Cannock Chase")).isEmpty();
		// The tenders' other commissioners still count.
		assertThat(keywordHits("Stafford Surrounds")).containsExactlyInAnyOrder(5L, 6L, 7L);

		restore("commissioner", 6);

		assertThat(keywordHits("Cannock Chase")).containsExactlyInAnyOrder(5L, 6L, 7L);
	}

	@Test
	void keywordSearch_stillFindsATenderByItsOwnWords_whenItsPartiesAreArchived() throws Exception {
		// Bedfordshire is in tender 3's title and in the name of its only commissioner.
		archive("bidder", 2);
		archive("commissioner", 2);

		assertThat(keywordHits("musculoskeletal Bedfordshire")).containsExactly(3L);
		assertThat(keywordHits("Bedfordshire")).containsExactly(3L);
		assertThat(keywordHits("prime contractor pathway")).contains(3L);
		assertThat(keywordHits("Bedfordshire CCG")).isEmpty();
	}

	@Test
	void keywordSearch_followsARename_andKeepsAnArchivedPartyOutWhenRenamedOrGivenANewBid() throws Exception {
		rename("commissioner", 6, "NHS Cannock Chase and Rugeley CCG");
		assertThat(keywordHits("Rugeley")).containsExactlyInAnyOrder(5L, 6L, 7L);

		archive("bidder", 2);
		rename("bidder", 2, "Circle Health Group");
		this.jdbc.sql("insert into bid (tender_id, bidder_id, role) values (8, 2, 'BIDDER')").update();

		assertThat(keywordHits("Circle Health Group")).isEmpty();

		restore("bidder", 2);

		assertThat(keywordHits("Circle Health Group")).containsExactlyInAnyOrder(3L, 8L);
	}

	private void archive(String table, long id) {
		int archived = this.jdbc.sql("update " + table + " set archived_at = now() where id = :id")
			.param("id", id)
			.update();
		assertThat(archived).isOne();
	}

	private void restore(String table, long id) {
		int restored = this.jdbc.sql("update " + table + " set archived_at = null where id = :id")
			.param("id", id)
			.update();
		assertThat(restored).isOne();
	}

	private void rename(String table, long id, String name) {
		int renamed = this.jdbc.sql("update " + table + " set name = :name where id = :id")
			.param("name", name)
			.param("id", id)
			.update();
		assertThat(renamed).isOne();
	}

	/**
	 * The tenders a keyword search finds, on the page and in the JSON, which must agree.
	 */
	private List<Long> keywordHits(String q) throws Exception {
		String json = text(get("/api/tenders").param("q", q), 200);
		List<Long> fromJson = JsonPath.<List<Number>>read(json, "$.items[*].tender.id")
			.stream()
			.map(Number::longValue)
			.toList();
		List<Long> fromPage = new ArrayList<>();
		Matcher link = RESULT_LINK.matcher(text(get("/tenders").param("q", q), 200));
		while (link.find()) {
			fromPage.add(Long.valueOf(link.group(1)));
		}
		assertThat(fromPage).as("tenders on the page for q=%s", q).isEqualTo(fromJson);
		return fromJson;
	}

	private String csvCommissionersOf(long tender) throws Exception {
		List<List<String>> records = TenderCsvControllerTests.records(text(get("/tenders.csv"), 200));
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
