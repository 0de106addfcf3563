package io.github.nhstendertracker.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A successor body's page and JSON against the seeded database: NHS Staffordshire and
 * Stoke-on-Trent ICB (12) commissions nothing itself, but the four CCGs it took over from
 * (4 to 7) jointly commission the programme (tender 5) and its two lots (6 and 7). NHS
 * Dudley CCG (8) has its own tender (8) and no predecessors. Lineage changes are rolled
 * back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TestDatabaseConfiguration.class)
class CommissionerLineagePageTests {

	private static final Pattern TENDER_LINK = Pattern.compile("<a class=\"govuk-link\" href=\"/tenders/(\\d+)\">");

	private static final String VIA_STOKE = "<a class=\"govuk-link\" href=\"/commissioners/7\">NHS Stoke on Trent CCG</a>";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void icbPage_listsItsCcgsTendersEachMarkedWithTheCcgsThatCommissionedIt() throws Exception {
		String html = page("/commissioners/12");

		assertThat(tenderLinks(html)).containsExactlyInAnyOrder(5L, 6L, 7L);
		assertThat(html).doesNotContain("No tenders recorded")
			.contains("Including the tenders of the 4 bodies it took over from")
			.contains("With the bodies it took over from (3)")
			.contains("href=\"/commissioners/12?lineage=own#tenders\">In its own name only (0)</a>");
		assertThat(html.split(">via\\s", -1)).as("one via mark a tender").hasSize(4);
		assertThat(html).contains(VIA_STOKE);
	}

	@Test
	void icbPage_ownTendersOnly_showsNoneWithAMessageLinkingToItsCcgsTenders() throws Exception {
		String html = page("/commissioners/12?lineage=own");

		assertThat(tenderLinks(html)).isEmpty();
		assertThat(html).doesNotContain("<table")
			.contains("No tenders are recorded in NHS Staffordshire and Stoke-on-Trent ICB’s own name.")
			.contains("Its 3 tenders were commissioned by bodies it took over from:")
			.contains("href=\"/commissioners/12#tenders\">show the tenders of the bodies it took over from</a>")
			.contains("No events recorded yet.");
	}

	@Test
	void icbPage_withAChainOfSeveralGenerations_includesTheEarliestBodysTenders() throws Exception {
		// Dudley CCG made a predecessor of Stoke on Trent CCG: two generations back from
		// the ICB.
		this.jdbc.sql("update commissioner set successor_id = 7 where id = 8").update();

		String html = page("/commissioners/12");

		assertThat(tenderLinks(html)).containsExactlyInAnyOrder(5L, 6L, 7L, 8L);
		assertThat(html).contains("Including the tenders of the 5 bodies it took over from")
			.contains("<a class=\"govuk-link\" href=\"/commissioners/8\">NHS Dudley CCG</a></span>");
		assertThat(tenderLinks(page("/commissioners/7"))).containsExactlyInAnyOrder(5L, 6L, 7L, 8L);
	}

	@Test
	void aBodyWithNoLineage_isShownAsBefore() throws Exception {
		String html = page("/commissioners/8");

		assertThat(tenderLinks(html)).containsExactly(8L);
		assertThat(html).contains("Tenders this body commissions")
			.doesNotContain("lineage-choice")
			.doesNotContain(">via");
	}

	@Test
	void badLineage_isA400PageSayingWhatToWrite() throws Exception {
		String html = this.mvc.perform(get("/commissioners/12?lineage=everyone"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("‘lineage’ must be ‘all’");
	}

	@Test
	void json_mapsEachTenderToTheEarlierBodiesItCameThrough() throws Exception {
		this.mvc.perform(get("/api/commissioners/12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lineage.shown").value("ALL"))
			.andExpect(jsonPath("$.lineage.ownTenders").value(0))
			.andExpect(jsonPath("$.lineage.earlierTenders").value(3))
			.andExpect(jsonPath("$.lineage.earlierBodies[*].id").value(containsInAnyOrder(4, 5, 6, 7)))
			.andExpect(jsonPath("$.lineage.via['5'][*].id").value(containsInAnyOrder(4, 5, 6, 7)))
			.andExpect(jsonPath("$.tenders[*].id").value(containsInAnyOrder(5, 6, 7)));
		this.mvc.perform(get("/api/commissioners/12?lineage=own"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenders").isEmpty())
			.andExpect(jsonPath("$.lineage.earlierTenders").value(3));
		this.mvc.perform(get("/api/commissioners/12?lineage=x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("‘lineage’ must be")));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The tenders linked from the page's tenders section (not its events). */
	private static List<Long> tenderLinks(String html) {
		String section = html.substring(html.indexOf("id=\"tenders\""), html.indexOf(">Events</h2>"));
		List<Long> ids = new ArrayList<>();
		Matcher matcher = TENDER_LINK.matcher(section);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

}
