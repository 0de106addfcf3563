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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.BMJ_STAFFORDSHIRE_ON_HOLD;
import static io.github.nhstendertracker.ViewFixtures.emptyPage;
import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.browse.BidderFixtures.circleDetail;
import static io.github.nhstendertracker.browse.BidderFixtures.circleRow;
import static io.github.nhstendertracker.browse.BidderFixtures.consortiumDetail;
import static io.github.nhstendertracker.browse.BidderFixtures.consortiumRow;
import static io.github.nhstendertracker.browse.BidderFixtures.healthManagementDetail;
import static io.github.nhstendertracker.browse.BidderFixtures.optumDetail;
import static io.github.nhstendertracker.browse.BidderFixtures.optumRow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The bidder list and bidder pages, rendered from mocked read models.
 */
@WebMvcTest(BidderController.class)
@Import(WebSliceConfiguration.class)
class BidderControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Bidders bidders;

	@Test
	void list_rendersEachBidderWithTypeFormerNamesAndTenderCount() throws Exception {
		var result = page(List.of(circleRow(), optumRow(), consortiumRow()), 1, 25, 3);
		given(this.bidders.page(new ListRequest(1, 25))).willReturn(result);
		this.mvc.perform(get("/bidders"))
			.andExpect(status().isOk())
			.andExpect(view().name("bidders/list"))
			.andExpect(model().attribute("result", result))
			.andExpect(content().string(containsString("href=\"/bidders/6\">Optum</a>")))
			.andExpect(content().string(containsString("Formerly UnitedHealth UK")))
			.andExpect(content().string(containsString(">Private company</td>")))
			.andExpect(content().string(containsString(">Consortium</td>")))
			.andExpect(content().string(containsString("govuk-table__cell--numeric\">2</td>")))
			.andExpect(content().string(containsString("of <strong>3</strong> bidders")));
	}

	@Test
	void list_paginationLinks_keepPageSize() throws Exception {
		given(this.bidders.page(new ListRequest(1, 100))).willReturn(page(List.of(optumRow()), 1, 100, 250));
		this.mvc.perform(get("/bidders?size=100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/bidders?size=100&amp;page=2\" rel=\"next\"")))
			.andExpect(content().string(containsString("href=\"/bidders?size=100&amp;page=3\" aria-label=\"Page 3\"")));
	}

	@Test
	void list_whenNoBidders_rendersEmptyState() throws Exception {
		given(this.bidders.page(new ListRequest(1, 25))).willReturn(emptyPage(25));
		this.mvc.perform(get("/bidders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No bidders have been recorded yet.")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_renders400PageSayingWhatToChange(String name, String value, String message)
			throws Exception {
		this.mvc.perform(get("/bidders").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("message", message))
			.andExpect(content().string(containsString(message)));
		verifyNoInteractions(this.bidders);
	}

	@Test
	void list_pageBeyondLast_renders400Page() throws Exception {
		given(this.bidders.page(new ListRequest(4, 25))).willReturn(page(List.of(), 4, 25, 10));
		this.mvc.perform(get("/bidders?page=4"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("There is no page 4. The last page is 1.")));
	}

	@Test
	void show_forAConsortium_listsMembersWithLeadBidsAndEvents() throws Exception {
		given(this.bidders.detail(10L)).willReturn(consortiumDetail());
		this.mvc.perform(get("/bidders/10"))
			.andExpect(status().isOk())
			.andExpect(view().name("bidders/show"))
			.andExpect(model().attribute("bidder", consortiumDetail()))
			.andExpect(content()
				.string(containsString("<h1 class=\"govuk-heading-xl\">Staffordshire cancer consortium</h1>")))
			.andExpect(content().string(containsString("<span class=\"govuk-caption-l\">Consortium</span>")))
			.andExpect(content().string(containsString("Unnamed consortium of the NHS trusts")))
			.andExpect(content().string(containsString(">Members</dt>")))
			.andExpect(content().string(containsString("href=\"/bidders/5\">Interserve Investments</a>")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--blue\">Lead</strong>")))
			.andExpect(content().string(containsString("href=\"/tenders/6\">Cancer care contract (Staffordshire)</a>")))
			.andExpect(content().string(containsString(">Bidder</td>")))
			.andExpect(content()
				.string(containsString("href=\"/sources/3\">" + htmlEscape(BMJ_STAFFORDSHIRE_ON_HOLD.name(), "UTF-8"))))
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content().string(containsString("href=\"/api/bidders/10\">This bidder as JSON</a>")));
	}

	@Test
	void show_forARenamedMember_showsFormerNamesAndConsortium() throws Exception {
		given(this.bidders.detail(6L)).willReturn(optumDetail());
		this.mvc.perform(get("/bidders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Formerly known as</dt>")))
			.andExpect(content().string(containsString(">UnitedHealth UK</dd>")))
			.andExpect(content().string(containsString(">Member of</dt>")))
			.andExpect(content().string(containsString("href=\"/bidders/10\">Staffordshire cancer consortium</a>")))
			.andExpect(content().string(containsString(">Consortium member</td>")))
			.andExpect(content().string(not(containsString(">Members</dt>"))))
			.andExpect(content().string(containsString("No events recorded yet.")));
	}

	@Test
	void show_forAPreferredBidder_showsRoleAndMonthDate() throws Exception {
		given(this.bidders.detail(2L)).willReturn(circleDetail());
		this.mvc.perform(get("/bidders/2"))
			.andExpect(content().string(containsString(">Preferred bidder</td>")))
			.andExpect(content().string(containsString(">August 2013</span>")))
			.andExpect(content().string(containsString("Preferred bidder named")));
	}

	@Test
	void show_withNoBids_rendersEmptyStates() throws Exception {
		given(this.bidders.detail(9L)).willReturn(healthManagementDetail());
		this.mvc.perform(get("/bidders/9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No bids recorded for this bidder.")))
			.andExpect(content().string(containsString("No events recorded yet.")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void show_fromOpenData_listsItsIdentifiers_linkingCompaniesHouse() throws Exception {
		given(this.bidders.detail(9L)).willReturn(healthManagementDetail());
		this.mvc.perform(get("/bidders/9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dt class=\"govuk-summary-list__key\">Identifiers</dt>")))
			.andExpect(content().string(containsString(">GB-COH 01234567</span>")))
			.andExpect(content().string(containsString(
					"href=\"https://find-and-update.company-information.service.gov.uk/company/01234567\"")))
			.andExpect(content().string(containsString(">XI-EXAMPLE A-1</span>")));
	}

	@Test
	void show_withoutIdentifiers_hasNoIdentifiersRow() throws Exception {
		given(this.bidders.detail(2L)).willReturn(circleDetail());
		this.mvc.perform(get("/bidders/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">Identifiers</dt>"))));
	}

	@Test
	void show_whenBidderMissing_renders404Page() throws Exception {
		given(this.bidders.detail(999L)).willThrow(new NotFoundException("bidder", 999L));
		this.mvc.perform(get("/bidders/999"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("There is no bidder with id 999.")));
	}

	@Test
	void show_whenIdNotNumeric_renders400Page() throws Exception {
		this.mvc.perform(get("/bidders/optum"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("An id must be a whole number, such as 8.")));
		verifyNoInteractions(this.bidders);
	}

}
