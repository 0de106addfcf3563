package io.github.nhstendertracker.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commissioner filter includes the tenders of the bodies the commissioner took over
 * from, on the page, in the JSON and in the CSV, against the seeded database: NHS
 * Staffordshire and Stoke-on-Trent ICB (12) commissions nothing itself; its four CCGs (4
 * to 7) commission tenders 5, 6 and 7. NHS Dudley CCG (8) has tender 8 and no
 * predecessors. Lineage changes are rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TestDatabaseConfiguration.class)
class LineageSearchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderSearch search;

	@Test
	void anIcbsFilter_includesItsCcgsTendersMarkedWithTheCcgs() throws Exception {
		String html = page("/tenders?commissioner=12");

		assertThat(html).contains("<strong>3</strong>")
			.contains("href=\"/tenders/5\"")
			.contains("href=\"/tenders/6\"")
			.contains("href=\"/tenders/7\"")
			.doesNotContain("href=\"/tenders/8\"")
			.contains("Lineage: including the 4 bodies they took over from")
			.contains("Includes the tenders of the 4 bodies")
			.contains("href=\"/tenders?commissioner=12&amp;lineage=own\"")
			.contains("<a class=\"govuk-link\" href=\"/commissioners/6\">NHS Cannock Chase CCG</a> and 3 more</span>");
		assertThat(html.split(">via\\s", -1)).as("one via mark a row").hasSize(4);
	}

	@Test
	void anIcbsFilter_inTheJsonAndCsv_includesItsCcgsTenders() throws Exception {
		this.mvc.perform(get("/api/tenders?commissioner=12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count.value").value(3))
			.andExpect(jsonPath("$.items[*].tender.id").value(containsInAnyOrder(5, 6, 7)))
			.andExpect(jsonPath("$.earlierBodies[*].id").value(containsInAnyOrder(4, 5, 6, 7)));
		this.mvc.perform(get("/api/tenders?commissioner=12&lineage=own"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.earlierBodies").isEmpty());
		assertThat(csvLines("/tenders.csv?commissioner=12")).isEqualTo(4);
		this.mvc.perform(get("/tenders/summary?commissioner=12")).andExpect(status().isOk());
	}

	@Test
	void ownTendersOnly_leavesTheCcgsTendersOutAndSaysHowToBringThemBack() throws Exception {
		String html = page("/tenders?commissioner=12&lineage=own");

		assertThat(html).contains("No tenders match these filters.")
			.contains("the tenders of the bodies it took over from are left out")
			.contains("href=\"/tenders?commissioner=12\">Include the tenders of the bodies it took over from</a>")
			.contains("Lineage: own tenders only")
			.doesNotContain("href=\"/tenders/5\"");
		assertThat(apiCount("commissioner=12&lineage=own")).isEqualTo(0);
		assertThat(csvLines("/tenders.csv?commissioner=12&lineage=own")).isEqualTo(1);
		assertThat(apiCount("commissioner=7&lineage=own")).isEqualTo(3);
	}

	@Test
	void badLineage_isA400NamingTheChoices() throws Exception {
		String html = this.mvc.perform(get("/tenders?commissioner=12&lineage=mine"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"#lineage\"").contains("‘lineage’ must be ‘all’");
		this.mvc.perform(get("/api/tenders?lineage=mine"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.lineage").exists());
		this.mvc.perform(get("/tenders.csv?lineage=mine")).andExpect(status().isBadRequest());
	}

	@Test
	void aChainOfSeveralGenerations_isFollowedBackToTheFirstBody() throws Exception {
		// Dudley CCG made a predecessor of Stoke on Trent CCG: two generations back from
		// the ICB.
		this.jdbc.sql("update commissioner set successor_id = 7 where id = 8").update();

		this.mvc.perform(get("/api/tenders?commissioner=12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].tender.id").value(containsInAnyOrder(5, 6, 7, 8)));
		assertThat(page("/tenders?commissioner=12")).contains("Includes the tenders of the 5 bodies")
			.contains("<a class=\"govuk-link\" href=\"/commissioners/8\">NHS Dudley CCG</a></span>");
	}

	@Test
	void aKeptSummary_followsAChangeOfSuccessor() {
		TenderQuery icb = TenderQuery.parse(new LinkedMultiValueMap<>(Map.of("commissioner", List.of("12")))).query();
		assertThat(this.search.summary(icb).tenders()).isEqualTo(3);

		// Nothing a data version follows changes: only the lineage.
		this.jdbc.sql("update commissioner set successor_id = 7 where id = 8").update();

		assertThat(this.search.summary(icb).tenders()).isEqualTo(4);
	}

	@Test
	void aCommissionerWithNoLineage_isFilteredAsBefore() throws Exception {
		String html = page("/tenders?commissioner=8");

		assertThat(html).contains("<strong>1</strong>")
			.contains("href=\"/tenders/8\"")
			.doesNotContain("Lineage:")
			.doesNotContain("id=\"lineage-note\"")
			.doesNotContain(">via");
		assertThat(apiCount("commissioner=8&lineage=own")).isEqualTo(1);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int apiCount(String query) throws Exception {
		String json = this.mvc.perform(get("/api/tenders?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.count.value");
	}

	private long csvLines(String path) throws Exception {
		String csv = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return csv.lines().count();
	}

}
