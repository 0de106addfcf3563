package io.github.nhstendertracker.browse;

import java.util.List;

import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbOwnOnly;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbRow;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbWithDudleysTender;
import static io.github.nhstendertracker.browse.CommissionerFixtures.dudleyCcgDetail;
import static io.github.nhstendertracker.browse.CommissionerFixtures.dudleyCcgRow;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The commissioner JSON API.
 */
@WebMvcTest(CommissionerApiController.class)
@Import(WebSliceConfiguration.class)
class CommissionerApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Commissioners commissioners;

	@Test
	void list_returnsThePage() throws Exception {
		given(this.commissioners.page(new ListRequest(1, 50)))
			.willReturn(page(List.of(blackCountryIcbRow(), dudleyCcgRow()), 1, 50, 2));
		this.mvc.perform(get("/api/commissioners?size=50"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[1].id").value(8))
			.andExpect(jsonPath("$.items[1].name").value("NHS Dudley CCG"))
			.andExpect(jsonPath("$.items[1].type").value("CCG"))
			.andExpect(jsonPath("$.items[1].nhsRegion").value("MIDLANDS"))
			.andExpect(jsonPath("$.items[1].itlRegion").value("TLG"))
			.andExpect(jsonPath("$.items[1].odsCode").value("05C"))
			.andExpect(jsonPath("$.items[1].abolished").value(true))
			.andExpect(jsonPath("$.items[1].tenderCount").value(1));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_returns400Problem(String name, String value, String message) throws Exception {
		this.mvc.perform(get("/api/commissioners").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(message));
		verifyNoInteractions(this.commissioners);
	}

	@Test
	void list_pageBeyondLast_returns400Problem() throws Exception {
		given(this.commissioners.page(new ListRequest(3, 25))).willReturn(page(List.of(), 3, 25, 13));
		this.mvc.perform(get("/api/commissioners?page=3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no page 3. The last page is 1."));
	}

	@Test
	void show_returnsTheCommissionerWithIsoDatesAndExactValues() throws Exception {
		given(this.commissioners.detail(8L, LineageScope.ALL)).willReturn(dudleyCcgDetail());
		this.mvc.perform(get("/api/commissioners/8"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(8))
			.andExpect(jsonPath("$.abolished").value(true))
			.andExpect(jsonPath("$.abolishedOn").value("2021-04-01"))
			.andExpect(jsonPath("$.successor.id").value(13))
			.andExpect(jsonPath("$.successor.name").value("NHS Black Country ICB"))
			.andExpect(jsonPath("$.predecessors").isEmpty())
			.andExpect(jsonPath("$.tenders[0].id").value(8))
			.andExpect(jsonPath("$.tenders[0].value.low").value(3400000000L))
			.andExpect(jsonPath("$.tenders[0].value.high").value(5400000000L))
			.andExpect(jsonPath("$.events[0].date").value("2017-07-13"))
			.andExpect(jsonPath("$.events[0].datePrecision").value("DAY"))
			.andExpect(jsonPath("$.events[0].expected").value(true))
			.andExpect(jsonPath("$.events[0].tender.id").value(8));
	}

	@Test
	void show_ofASuccessor_mapsEachTenderItHasThroughAnEarlierBodyToThatBody() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.ALL)).willReturn(blackCountryIcbWithDudleysTender());
		this.mvc.perform(get("/api/commissioners/13"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lineage.shown").value("ALL"))
			.andExpect(jsonPath("$.lineage.earlierBodies[0].name").value("NHS Dudley CCG"))
			.andExpect(jsonPath("$.lineage.ownTenders").value(0))
			.andExpect(jsonPath("$.lineage.earlierTenders").value(1))
			.andExpect(jsonPath("$.lineage.via['8'][0].id").value(8))
			.andExpect(jsonPath("$.tenders[0].id").value(8));
	}

	@Test
	void show_withLineageOwn_asksForItsOwnTendersOnly() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.OWN)).willReturn(blackCountryIcbOwnOnly());
		this.mvc.perform(get("/api/commissioners/13?lineage=own"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lineage.shown").value("OWN"))
			.andExpect(jsonPath("$.tenders").isEmpty());
	}

	@Test
	void show_withBadLineage_returns400Problem() throws Exception {
		this.mvc.perform(get("/api/commissioners/13?lineage=mine"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(startsWith("‘lineage’ must be ‘all’")));
		verifyNoInteractions(this.commissioners);
	}

	@Test
	void show_whenCommissionerMissing_returns404Problem() throws Exception {
		given(this.commissioners.detail(999L, LineageScope.ALL)).willThrow(new NotFoundException("commissioner", 999L));
		this.mvc.perform(get("/api/commissioners/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("There is no commissioner with id 999."));
	}

	@Test
	void show_whenIdNotNumeric_returns400Problem() throws Exception {
		this.mvc.perform(get("/api/commissioners/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("An id must be a whole number, such as 8."));
		verifyNoInteractions(this.commissioners);
	}

}
