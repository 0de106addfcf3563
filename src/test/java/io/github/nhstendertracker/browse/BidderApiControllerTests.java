package io.github.nhstendertracker.browse;

import java.util.List;

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
import static io.github.nhstendertracker.browse.BidderFixtures.consortiumDetail;
import static io.github.nhstendertracker.browse.BidderFixtures.optumRow;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bidder JSON API.
 */
@WebMvcTest(BidderApiController.class)
@Import(WebSliceConfiguration.class)
class BidderApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Bidders bidders;

	@Test
	void list_returnsThePage() throws Exception {
		given(this.bidders.page(new ListRequest(2, 25))).willReturn(page(List.of(optumRow()), 2, 25, 26));
		this.mvc.perform(get("/api/bidders?page=2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.totalItems").value(26))
			.andExpect(jsonPath("$.items[0].id").value(6))
			.andExpect(jsonPath("$.items[0].name").value("Optum"))
			.andExpect(jsonPath("$.items[0].type").value("PRIVATE_COMPANY"))
			.andExpect(jsonPath("$.items[0].formerNames[0]").value("UnitedHealth UK"))
			.andExpect(jsonPath("$.items[0].tenderCount").value(2));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_returns400Problem(String name, String value, String message) throws Exception {
		this.mvc.perform(get("/api/bidders").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(message));
		verifyNoInteractions(this.bidders);
	}

	@Test
	void list_pageBeyondLast_returns400Problem() throws Exception {
		given(this.bidders.page(new ListRequest(2, 25))).willReturn(page(List.of(), 2, 25, 10));
		this.mvc.perform(get("/api/bidders?page=2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no page 2. The last page is 1."));
	}

	@Test
	void show_returnsTheBidderWithMembersBidsAndEvents() throws Exception {
		given(this.bidders.detail(10L)).willReturn(consortiumDetail());
		this.mvc.perform(get("/api/bidders/10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(10))
			.andExpect(jsonPath("$.type").value("CONSORTIUM"))
			.andExpect(jsonPath("$.members.length()").value(3))
			.andExpect(jsonPath("$.members[0].bidder.name").value("Interserve Investments"))
			.andExpect(jsonPath("$.members[0].lead").value(true))
			.andExpect(jsonPath("$.members[1].lead").value(false))
			.andExpect(jsonPath("$.bids[0].tender.id").value(6))
			.andExpect(jsonPath("$.bids[0].role").value("BIDDER"))
			.andExpect(jsonPath("$.bids[0].source.id").value(3))
			.andExpect(jsonPath("$.events[0].date").value("2016-02-01"))
			.andExpect(jsonPath("$.events[0].datePrecision").value("MONTH"))
			.andExpect(jsonPath("$.events[0].dateQualifier").value("BY"));
	}

	@Test
	void show_whenBidderMissing_returns404Problem() throws Exception {
		given(this.bidders.detail(999L)).willThrow(new NotFoundException("bidder", 999L));
		this.mvc.perform(get("/api/bidders/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no bidder with id 999."));
	}

	@Test
	void show_whenIdNotNumeric_returns400Problem() throws Exception {
		this.mvc.perform(get("/api/bidders/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("An id must be a whole number, such as 8."));
		verifyNoInteractions(this.bidders);
	}

}
