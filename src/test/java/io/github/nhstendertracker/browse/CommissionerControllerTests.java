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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.emptyPage;
import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbDetail;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbOwnOnly;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbWithDudleysTender;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbWithItsOwnTender;
import static io.github.nhstendertracker.browse.CommissionerFixtures.blackCountryIcbRow;
import static io.github.nhstendertracker.browse.CommissionerFixtures.dudleyCcgDetail;
import static io.github.nhstendertracker.browse.CommissionerFixtures.dudleyCcgRow;
import static io.github.nhstendertracker.browse.CommissionerFixtures.unplacedRow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The commissioner list and commissioner pages, rendered from mocked read models.
 */
@WebMvcTest(CommissionerController.class)
@Import(WebSliceConfiguration.class)
class CommissionerControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Commissioners commissioners;

	@Test
	void list_rendersEachCommissionerWithTypeRegionCodeAndTenderCount() throws Exception {
		var result = page(List.of(blackCountryIcbRow(), dudleyCcgRow(), unplacedRow()), 1, 25, 3);
		given(this.commissioners.page(new ListRequest(1, 25))).willReturn(result);
		this.mvc.perform(get("/commissioners"))
			.andExpect(status().isOk())
			.andExpect(view().name("commissioners/list"))
			.andExpect(model().attribute("result", result))
			.andExpect(content().string(containsString("href=\"/commissioners/8\">NHS Dudley CCG</a>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Abolished</strong>")))
			.andExpect(content().string(containsString(">Clinical commissioning group</td>")))
			.andExpect(content().string(containsString(">Integrated care board</td>")))
			.andExpect(content().string(containsString(">Midlands</td>")))
			.andExpect(content().string(containsString(">05C</td>")))
			.andExpect(content().string(containsString(">Not known</td>")))
			.andExpect(content().string(containsString(">–</td>")))
			.andExpect(content().string(containsString("of <strong>3</strong> commissioners")));
	}

	@Test
	void list_paginationLinks_keepPageSize() throws Exception {
		given(this.commissioners.page(new ListRequest(2, 50))).willReturn(page(List.of(dudleyCcgRow()), 2, 50, 160));
		this.mvc.perform(get("/commissioners?size=50&page=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/commissioners?size=50&amp;page=1\" rel=\"prev\"")))
			.andExpect(content().string(containsString("href=\"/commissioners?size=50&amp;page=3\" rel=\"next\"")))
			.andExpect(content()
				.string(containsString("href=\"/commissioners?size=50&amp;page=4\" aria-label=\"Page 4\"")));
	}

	@Test
	void list_whenNoCommissioners_rendersEmptyState() throws Exception {
		given(this.commissioners.page(new ListRequest(1, 25))).willReturn(emptyPage(25));
		this.mvc.perform(get("/commissioners"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No commissioners have been recorded yet.")))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(not(containsString("govuk-pagination"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_renders400PageSayingWhatToChange(String name, String value, String message)
			throws Exception {
		this.mvc.perform(get("/commissioners").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("message", message))
			.andExpect(content().string(containsString(message)));
		verifyNoInteractions(this.commissioners);
	}

	@Test
	void list_pageBeyondLast_renders400Page() throws Exception {
		given(this.commissioners.page(new ListRequest(2, 25))).willReturn(page(List.of(), 2, 25, 13));
		this.mvc.perform(get("/commissioners?page=2"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("There is no page 2. The last page is 1.")));
	}

	@Test
	void show_rendersAnAbolishedCcgWithItsSuccessorTendersAndEvents() throws Exception {
		given(this.commissioners.detail(8L, LineageScope.ALL)).willReturn(dudleyCcgDetail());
		this.mvc.perform(get("/commissioners/8"))
			.andExpect(status().isOk())
			.andExpect(view().name("commissioners/show"))
			.andExpect(content().string(containsString(">GB-NHS 05C</span>")))
			.andExpect(content().string(containsString("(NHS organisation data service (ODS))")))
			.andExpect(model().attribute("commissioner", dudleyCcgDetail()))
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">NHS Dudley CCG</h1>")))
			.andExpect(content().string(containsString(">West Midlands (TLG)</dd>")))
			.andExpect(content().string(containsString(">05C</dd>")))
			.andExpect(content().string(containsString("No, abolished on 1 April 2021")))
			.andExpect(content().string(containsString("href=\"/commissioners/13\">NHS Black Country ICB</a>")))
			.andExpect(content().string(containsString("Merged into Black Country and West Birmingham CCG")))
			.andExpect(
					content().string(containsString("title=\"£3,400,000,000 to £5,400,000,000\">£3.4bn–£5.4bn</span>")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")))
			.andExpect(content().string(containsString(">13 July 2017</span>")))
			.andExpect(content().string(containsString(">Expected</strong>")))
			.andExpect(content().string(containsString("href=\"/api/commissioners/8\">This commissioner as JSON</a>")));
	}

	@Test
	void show_forACurrentBodyWithNothingRecorded_rendersEmptyStates() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.ALL)).willReturn(blackCountryIcbDetail());
		this.mvc.perform(get("/commissioners/13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes")))
			.andExpect(content().string(not(containsString("abolished"))))
			.andExpect(content().string(containsString(">Took over from</dt>")))
			.andExpect(content().string(containsString("href=\"/commissioners/8\">NHS Dudley CCG</a>")))
			.andExpect(content().string(
					containsString("No tenders are recorded for this commissioner or for the body it took over from.")))
			.andExpect(content().string(not(containsString("No tenders recorded"))))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(not(containsString(">Latest event</th>"))))
			.andExpect(content().string(containsString("No events recorded yet.")))
			.andExpect(content().string(not(containsString(">Succeeded by</dt>"))))
			.andExpect(content().string(not(containsString(">Notes</dt>"))));
	}

	@Test
	void show_aSuccessorsPage_marksEachTenderItHasThroughAnEarlierBodyWithThatBody() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.ALL)).willReturn(blackCountryIcbWithDudleysTender());
		this.mvc.perform(get("/commissioners/13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Including the tenders of the body it took over from")))
			.andExpect(content()
				.string(containsString("<strong aria-current=\"true\">With the bodies it took over from (1)</strong>")))
			.andExpect(content().string(containsString(
					"<a class=\"govuk-link\" href=\"/commissioners/13?lineage=own#tenders\">In its own name only (0)</a>")))
			.andExpect(content()
				.string(containsString("href=\"/tenders/8\">Multispecialty community provider (Dudley)</a>")))
			.andExpect(content().string(matchesPattern(
					"(?s).*>via\\s*<a class=\"govuk-link\" href=\"/commissioners/8\">NHS Dudley CCG</a></span>.*")));
	}

	@Test
	void show_ownTendersOnly_whenAllCameThroughEarlierBodies_saysSoAndLinksToThem() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.OWN)).willReturn(blackCountryIcbOwnOnly());
		this.mvc.perform(get("/commissioners/13?lineage=own"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No tenders are recorded in NHS Black Country ICB’s own name.")))
			.andExpect(content().string(containsString("Its 1 tender was commissioned by a body it took over from:")))
			.andExpect(content().string(containsString(
					"href=\"/commissioners/13#tenders\">show the tenders of the bodies it took over from</a>")))
			.andExpect(
					content().string(containsString("<strong aria-current=\"true\">In its own name only (0)</strong>")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void show_aSuccessorWhosePredecessorsHaveNoTenders_saysSoAndMarksNone() throws Exception {
		given(this.commissioners.detail(13L, LineageScope.ALL)).willReturn(blackCountryIcbWithItsOwnTender());
		this.mvc.perform(get("/commissioners/13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The body it took over from has no tenders recorded.")))
			.andExpect(content().string(containsString("Tenders of this body and the bodies it took over from")))
			.andExpect(content().string(not(containsString(">via"))));
	}

	@Test
	void show_aBodyWithNoLineage_showsItsTendersWithoutAChoice() throws Exception {
		given(this.commissioners.detail(8L, LineageScope.ALL)).willReturn(dudleyCcgDetail());
		this.mvc.perform(get("/commissioners/8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tenders this body commissions")))
			.andExpect(content().string(not(containsString("lineage-choice"))))
			.andExpect(content().string(not(containsString(">via"))));
	}

	@Test
	void show_withBadLineage_renders400PageSayingWhatToChange() throws Exception {
		this.mvc.perform(get("/commissioners/13?lineage=some"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("‘lineage’ must be ‘all’")));
		verifyNoInteractions(this.commissioners);
	}

	@Test
	void show_whenCommissionerMissing_renders404Page() throws Exception {
		given(this.commissioners.detail(999L, LineageScope.ALL)).willThrow(new NotFoundException("commissioner", 999L));
		this.mvc.perform(get("/commissioners/999"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("There is no commissioner with id 999.")));
	}

	@Test
	void show_whenIdNotNumeric_renders400Page() throws Exception {
		this.mvc.perform(get("/commissioners/dudley"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("An id must be a whole number, such as 8.")));
		verifyNoInteractions(this.commissioners);
	}

}
