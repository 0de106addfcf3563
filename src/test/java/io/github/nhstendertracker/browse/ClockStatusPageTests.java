package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.SettledStatuses;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seeded tenders as they read today, years after their articles: what was expected
 * and never confirmed is overdue, a tender whose deadline passed without an award is
 * awaiting award, and every page says how current it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(SettledStatuses.class)
class ClockStatusPageTests {

	private static final long CAMBRIDGESHIRE = 1;

	private static final long DUDLEY = 8;

	@Autowired
	private MockMvc mvc;

	@Test
	void dudley_whoseDeadlinePassedIn2017_isAwaitingAward_withItsExpectedDatesOverdue() throws Exception {
		String html = page("/tenders/" + DUDLEY);
		assertThat(html).contains("Awaiting award")
			.doesNotContain(">Open<")
			.contains("Overdue: not confirmed")
			.doesNotContain(">Expected<")
			.contains("As reported in")
			.contains("June 2017")
			.contains("id=\"contract-end\"");
		this.mvc.perform(get("/api/tenders/{id}", DUDLEY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_AWARD"))
			.andExpect(jsonPath("$.timeline[?(@.type == 'BID_DEADLINE')].overdue").value(contains(true)))
			.andExpect(jsonPath("$.timeline[?(@.type == 'NOTICE_PUBLISHED')].overdue").value(contains(false)));
	}

	@Test
	void cambridgeshire_eventsOnOneCoarseDate_readInTheOrderOfATendersLife() throws Exception {
		String page = page("/tenders/" + CAMBRIDGESHIRE);
		String html = page.substring(page.indexOf("class=\"app-timeline\""));
		int award = html.indexOf(">Contract awarded<");
		int start = html.indexOf(">Contract start<");
		int collapse = html.indexOf(">Collapsed<");
		int review = html.indexOf(">Review<");
		assertThat(award).isPositive();
		assertThat(award).isLessThan(start);
		assertThat(start).isLessThan(collapse);
		assertThat(collapse).isLessThan(review);
	}

	@Test
	void everySource_showsACitationToFollow() throws Exception {
		for (long id = 1; id <= 5; id++) {
			String html = page("/sources/" + id);
			assertThat(html).as("source " + id).contains("How to cite it").contains("“");
		}
		assertThat(page("/sources/1")).contains("HSJ, 2013.");
	}

	@Test
	void theList_showsTheBidDeadlineColumn() throws Exception {
		String html = page("/tenders");
		assertThat(html).contains(">Bid deadline<").contains("13 July 2017").contains("Awaiting award");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
