package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Archived commissioners, bidders, sources and tenders leave every public page and JSON
 * twin: no page names or links to a record whose own page is a 404. Runs against the
 * seed; each test archives in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class ArchivedRecordsTests {

	private static final long DUDLEY_MCP = 8;

	private static final long DUDLEY_CCG = 8;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void archivedCommissioner_leavesItsTendersPageAndJson() throws Exception {
		archive("commissioner", DUDLEY_CCG);
		this.mvc.perform(get("/commissioners/" + DUDLEY_CCG)).andExpect(status().isNotFound());
		this.mvc.perform(get("/tenders/" + DUDLEY_MCP))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/commissioners/8\""))))
			.andExpect(content().string(not(containsString("NHS Dudley CCG"))));
		this.mvc.perform(get("/api/tenders/" + DUDLEY_MCP))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commissioners", empty()))
			.andExpect(content().string(not(containsString("NHS Dudley CCG"))));
	}

	@Test
	void oneArchivedCommissionerOfMany_leavesTheOthersOnTheTenderPage() throws Exception {
		archive("commissioner", 5);
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/commissioners/4\"")))
			.andExpect(content().string(not(containsString("href=\"/commissioners/5\""))));
		this.mvc.perform(get("/api/tenders/6"))
			.andExpect(jsonPath("$.commissioners[*].id", hasItem(4)))
			.andExpect(jsonPath("$.commissioners[*].id", not(hasItem(5))));
	}

	@Test
	void archivedCommissioner_leavesOtherCommissionersAndSourcesPages() throws Exception {
		archive("commissioner", 5);
		this.mvc.perform(get("/commissioners/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/commissioners/5\""))));
		this.mvc.perform(get("/api/commissioners/4"))
			.andExpect(content().string(not(containsString("NHS Stafford and Surrounds CCG"))));
		this.mvc.perform(get("/sources/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/commissioners/5\""))));
		this.mvc.perform(get("/api/sources/5"))
			.andExpect(content().string(not(containsString("NHS Stafford and Surrounds CCG"))));
	}

	@Test
	void archivedBidder_leavesItsTendersPageAndJson() throws Exception {
		archive("bidder", 2);
		this.mvc.perform(get("/bidders/2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/tenders/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/bidders/2\""))))
			.andExpect(content().string(not(containsString("Circle Health"))));
		this.mvc.perform(get("/api/tenders/3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bids", empty()))
			.andExpect(content().string(not(containsString("Circle Health"))));
	}

	@Test
	void archivedConsortiumMember_leavesTheConsortiumAndTheTender() throws Exception {
		archive("bidder", 6);
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/bidders/5\"")))
			.andExpect(content().string(not(containsString("href=\"/bidders/6\""))));
		this.mvc.perform(get("/api/tenders/6")).andExpect(jsonPath("$.bids[*].bidder.id", not(hasItem(6))));
		this.mvc.perform(get("/bidders/10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/bidders/5\"")))
			.andExpect(content().string(not(containsString("href=\"/bidders/6\""))));
		this.mvc.perform(get("/api/bidders/10")).andExpect(content().string(not(containsString("Optum"))));
	}

	@Test
	void archivedSource_leavesTheTenderPageItsTimelineAndJson() throws Exception {
		archive("source", 4);
		this.mvc.perform(get("/tenders/" + DUDLEY_MCP))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/4\""))));
		this.mvc.perform(get("/api/tenders/" + DUDLEY_MCP))
			.andExpect(jsonPath("$.sources", empty()))
			.andExpect(jsonPath("$.timeline[0].sources", empty()))
			.andExpect(jsonPath("$.reportedFigures", empty()));
	}

	@Test
	void archivedSource_leavesTheBidsAndEventsOnBidderCommissionerAndHomePages() throws Exception {
		archive("source", 5);
		this.mvc.perform(get("/bidders/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/5\""))));
		this.mvc.perform(get("/api/bidders/3")).andExpect(jsonPath("$.bids[*].source.id", not(hasItem(5))));
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/5\""))));
		this.mvc.perform(get("/commissioners/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/5\""))));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/5\""))));
	}

	@Test
	void archivedSource_leavesTheEventsOnAnotherSourcesPage() throws Exception {
		this.jdbc.sql("insert into tender_event_source (event_id, source_id) values (13, 3)").update();
		this.mvc.perform(get("/sources/5")).andExpect(content().string(containsString("href=\"/sources/3\"")));
		archive("source", 3);
		this.mvc.perform(get("/sources/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/sources/3\""))));
	}

	@Test
	void archivedParentTender_isNotLinkedFromItsLots() throws Exception {
		archive("tender", 5);
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/tenders/5\""))));
		this.mvc.perform(get("/api/tenders/6")).andExpect(jsonPath("$.parent").doesNotExist());
	}

	@Test
	void suggestions_leaveOutArchivedCommissionersAndBidders() throws Exception {
		this.mvc.perform(get("/api/commissioners/suggest").param("q", "nhs dud"))
			.andExpect(jsonPath("$[*].id", hasItem(8)));
		this.mvc.perform(get("/api/bidders/suggest").param("q", "circ")).andExpect(jsonPath("$[*].id", hasItem(2)));
		archive("commissioner", DUDLEY_CCG);
		archive("bidder", 2);
		this.mvc.perform(get("/api/commissioners/suggest").param("q", "nhs dud"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
		this.mvc.perform(get("/api/bidders/suggest").param("q", "circ"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
	}

	private void archive(String table, long id) {
		int rows = this.jdbc.sql("update " + table + " set archived_at = now() where id = :id")
			.param("id", id)
			.update();
		if (rows != 1) {
			throw new IllegalStateException("no " + table + " " + id + " in the seed");
		}
		// Requests share the test's transaction: forget entities read before the update.
		this.entityManager.clear();
	}

}
