package io.github.nhstendertracker.tender;

import java.util.List;

import io.github.nhstendertracker.system.NotFoundException;
import io.github.nhstendertracker.system.PageView;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import io.github.nhstendertracker.tender.TenderViews.TenderRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.BMJ_STAFFORDSHIRE_ON_HOLD;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.HSJ_DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.bedfordshireMskRow;
import static io.github.nhstendertracker.ViewFixtures.bedfordshireMskValue;
import static io.github.nhstendertracker.ViewFixtures.cambridgeshireMskValue;
import static io.github.nhstendertracker.ViewFixtures.dudleyDetail;
import static io.github.nhstendertracker.ViewFixtures.dudleyHeadlineFigure;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;
import static io.github.nhstendertracker.ViewFixtures.emptyPage;
import static io.github.nhstendertracker.ViewFixtures.figure;
import static io.github.nhstendertracker.ViewFixtures.garbage;
import static io.github.nhstendertracker.ViewFixtures.oxfordshireDetail;
import static io.github.nhstendertracker.ViewFixtures.oxfordshireRow;
import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerDetail;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerRow;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The tender table and tender pages, rendered from mocked read models.
 */
@WebMvcTest(TenderController.class)
@Import(WebSliceConfiguration.class)
class TenderControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TenderRows rows;

	@MockitoBean
	private TenderDetails details;

	// The table ----------------------------------------------------------------------

	@Test
	void list_byDefault_showsLatestEventsFirst() throws Exception {
		PageView<TenderRow> result = page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3);
		given(this.rows.page(TenderSort.LATEST, true, 1, 25)).willReturn(result);
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(view().name("tenders/list"))
			.andExpect(model().attribute("result", result))
			.andExpect(model().attribute("sort", "latest"))
			.andExpect(model().attribute("dir", "desc"))
			.andExpect(content().string(containsString("Tenders, sorted by <span>latest</span>")))
			.andExpect(content().string(containsString("<strong>1</strong> to <strong>3</strong>")))
			.andExpect(content().string(containsString("of <strong>3</strong> tenders")));
	}

	@Test
	void list_rendersValuesAsPeopleReadThemWithExactPoundsInTitle() throws Exception {
		givenTenders(page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3));
		this.mvc.perform(get("/tenders"))
			.andExpect(content().string(containsString(
					"<span class=\"app-nowrap\" title=\"£3,400,000,000 to £5,400,000,000\">£3.4bn–£5.4bn</span>")))
			.andExpect(content().string(containsString("title=\"£687,000,000\">£687m</span>")))
			.andExpect(content().string(containsString("Not known")));
	}

	@Test
	void list_rendersStatusTagsRegionsCommissionersAndLatestEvents() throws Exception {
		givenTenders(page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3));
		this.mvc.perform(get("/tenders"))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--yellow\">Paused</strong>")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Planned</strong>")))
			.andExpect(content().string(containsString(
					"<a class=\"govuk-link\" href=\"/tenders/8\">" + "Multispecialty community provider (Dudley)</a>")))
			.andExpect(content().string(containsString("href=\"/commissioners/8\">NHS Dudley CCG</a>")))
			.andExpect(content().string(containsString("and 2 more")))
			.andExpect(content().string(containsString(">Midlands</td>")))
			.andExpect(content().string(containsString(">9 June 2017</span>")))
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content().string(containsString("None yet")));
	}

	@Test
	void list_passesSortDirectionPageAndSizeToTheQuery() throws Exception {
		given(this.rows.page(TenderSort.VALUE, false, 2, 50))
			.willReturn(page(List.of(bedfordshireMskRow()), 2, 50, 120));
		this.mvc.perform(get("/tenders?sort=value&dir=asc&page=2&size=50"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("sort", "value"))
			.andExpect(model().attribute("dir", "asc"))
			.andExpect(content().string(containsString("<strong>51</strong> to <strong>51</strong>")))
			.andExpect(content().string(containsString("of <strong>120</strong> tenders")));
	}

	@Test
	void list_paginationLinks_keepSortDirectionAndSize() throws Exception {
		givenTenders(page(List.of(dudleyRow(), staffordshireCancerRow()), 1, 50, 120));
		this.mvc.perform(get("/tenders?sort=value&dir=asc&size=50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<nav class=\"govuk-pagination\"")))
			.andExpect(content()
				.string(containsString("href=\"/tenders?sort=value&amp;dir=asc&amp;size=50&amp;page=2\" rel=\"next\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?sort=value&amp;dir=asc&amp;size=50&amp;page=3\" aria-label=\"Page 3\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
		then(this.rows).should().page(TenderSort.VALUE, false, 1, 50);
	}

	@Test
	void list_onAMiddlePage_linksBothWaysKeepingTheQuery() throws Exception {
		givenTenders(page(List.of(dudleyRow()), 2, 25, 60));
		this.mvc.perform(get("/tenders?sort=title&dir=desc&page=2"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/tenders?sort=title&amp;dir=desc&amp;page=1\" rel=\"prev\"")))
			.andExpect(content()
				.string(containsString("href=\"/tenders?sort=title&amp;dir=desc&amp;page=3\" rel=\"next\"")))
			.andExpect(content().string(containsString("aria-current=\"page\">2</a>")));
	}

	@Test
	void list_sortLinks_keepSizeFlipTheCurrentColumnAndGoBackToPageOne() throws Exception {
		givenTenders(page(List.of(dudleyRow()), 2, 50, 120));
		this.mvc.perform(get("/tenders?sort=value&dir=asc&size=50&page=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(
					content().string(containsString("href=\"/tenders?size=50&amp;sort=value&amp;dir=desc\">Value</a>")))
			.andExpect(
					content().string(containsString("href=\"/tenders?size=50&amp;sort=title&amp;dir=asc\">Tender</a>")))
			.andExpect(content()
				.string(containsString("href=\"/tenders?size=50&amp;sort=latest&amp;dir=asc\">Latest event</a>")));
	}

	@Test
	void list_pageSizeLinks_keepSortAndGoBackToPageOne() throws Exception {
		givenTenders(page(List.of(dudleyRow()), 2, 50, 120));
		this.mvc.perform(get("/tenders?sort=value&dir=asc&size=50&page=2"))
			.andExpect(content().string(containsString("href=\"/tenders?sort=value&amp;dir=asc&amp;size=25\">25</a>")))
			.andExpect(content().string(containsString("<strong>50</strong>")))
			.andExpect(
					content().string(containsString("href=\"/tenders?sort=value&amp;dir=asc&amp;size=100\">100</a>")))
			.andExpect(content().string(containsString(
					"href=\"/api/tenders?sort=value&amp;dir=asc&amp;size=50&amp;page=2\">This list as JSON</a>")));
	}

	@Test
	void list_onOnePage_hasNoPagination() throws Exception {
		givenTenders(page(List.of(dudleyRow()), 1, 25, 1));
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("govuk-pagination"))));
	}

	@Test
	void list_whenNoTenders_rendersEmptyState() throws Exception {
		givenTenders(emptyPage(25));
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(view().name("tenders/list"))
			.andExpect(content().string(containsString("No tenders have been recorded yet.")))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(not(containsString("Showing"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badTenderListParameters")
	void list_withBadParameter_renders400PageSayingWhatToChange(String name, String value, String message)
			throws Exception {
		this.mvc.perform(get("/tenders").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("message", message))
			.andExpect(content().string(containsString("There is a problem with the request")))
			.andExpect(content().string(containsString(message)));
		verifyNoInteractions(this.rows);
	}

	@Test
	void list_withGarbageSort_doesNotEchoIt() throws Exception {
		this.mvc.perform(get("/tenders").queryParam("sort", garbage()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("OR 1=1"))));
	}

	@Test
	void list_pageBeyondLast_renders400PageNamingTheLastPage() throws Exception {
		givenTenders(page(List.of(), 3, 25, 30));
		this.mvc.perform(get("/tenders?page=3"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("There is no page 3. The last page is 2.")));
	}

	@Test
	void list_pageTwoOfAnEmptyList_renders400Page() throws Exception {
		givenTenders(page(List.of(), 2, 25, 0));
		this.mvc.perform(get("/tenders?page=2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is no page 2. The last page is 1.")));
	}

	// A tender's page -------------------------------------------------------------------

	@Test
	void show_rendersHeadlineValueWithExactPoundsAndDerivedPerYear() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(view().name("tenders/show"))
			.andExpect(model().attribute("tender", dudleyDetail().build()))
			.andExpect(content().string(
					containsString("<title>Multispecialty community provider (Dudley) – NHS Tender Tracker</title>")))
			.andExpect(content().string(containsString(
					"<span class=\"app-nowrap\" title=\"£3,400,000,000 to £5,400,000,000\">£3.4bn–£5.4bn</span>")))
			.andExpect(content().string(containsString(">£3,400,000,000 to £5,400,000,000</p>")))
			.andExpect(content()
				.string(containsString("title=\"£226,666,666.67 to £360,000,000\">£227m–£360m a year</span>")))
			.andExpect(content().string(containsString("(derived)")))
			.andExpect(content().string(containsString("Derived from the total and the duration")))
			.andExpect(content().string(containsString(">up to 15 years</dd>")));
	}

	@Test
	void show_rendersStatusTagAndFacts() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")))
			.andExpect(content().string(containsString("href=\"/commissioners/8\">NHS Dudley CCG</a>")))
			.andExpect(content().string(containsString("(ITL1 TLG, West Midlands)")))
			.andExpect(content().string(containsString(
					"<span>Community services</span>, <span>Integrated care / MCP</span>, <span>Primary care</span>")))
			.andExpect(content().string(containsString(">Multispecialty community provider / accountable care</dd>")))
			.andExpect(content().string(containsString("href=\"/api/tenders/8\">This tender as JSON</a>")));
	}

	@Test
	void show_rendersTimelineDatesAtTheirPrecisionAndTagsExpectedEvents() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(content().string(containsString(">9 June 2017</span>")))
			.andExpect(content().string(containsString(">13 July 2017</span>")))
			.andExpect(content().string(containsString(">1 April 2018</span>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Expected</strong>")))
			.andExpect(content().string(containsString("app-event--good app-event--expected")))
			.andExpect(content().string(containsString(">Bid deadline</dt>")))
			.andExpect(content().string(containsString(">Contract start</dt>")))
			.andExpect(content().string(containsString("Procurement notice published, the day after")))
			.andExpect(content().string(containsString("href=\"/sources/4\">" + HSJ_DUDLEY_MCP.name() + "</a>")));
	}

	@Test
	void show_withByQualifiedAndYearDates_saysByAndTheYear() throws Exception {
		given(this.details.detail(6L)).willReturn(staffordshireCancerDetail().build());
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content().string(containsString(">2015</span>")))
			.andExpect(content().string(not(containsString(">Expected</strong>"))))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--yellow\">Paused</strong>")));
	}

	@Test
	void show_whenFiguresDisagree_warnsAndMarksTheFigureThatDiffers() throws Exception {
		given(this.details.detail(6L)).willReturn(staffordshireCancerDetail().build());
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sources disagree on this tender")))
			.andExpect(content().string(containsString("The headline is\n          <span>£687m</span>")))
			.andExpect(content().string(containsString("href=\"#reported-figures\"")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Matches</strong>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--orange\">Differs</strong>")))
			.andExpect(content().string(containsString("title=\"£700,000,000\">£700m</span>")))
			.andExpect(content().string(containsString(">10 years</td>")))
			.andExpect(content().string(containsString(">Not given</td>")))
			.andExpect(content().string(
					containsString("href=\"/sources/3\">" + htmlEscape(BMJ_STAFFORDSHIRE_ON_HOLD.name(), "UTF-8"))));
	}

	@Test
	void show_whenAnUpToFigureDisagrees_showsItAsUpTo() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail()
			.addFigure(figure(DUDLEY_MCP, HSJ_DUDLEY_MCP, dudleyHeadlineFigure(), "As much as £5bn.", false))
			.figuresDisagree(true)
			.build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(content().string(containsString("Sources disagree on this tender")))
			.andExpect(content().string(containsString("title=\"up to £5,000,000,000\">up to £5bn</span>")));
	}

	@Test
	void show_whenFiguresAgree_hasNoWarning() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Sources disagree"))))
			.andExpect(content().string(not(containsString("govuk-warning-text"))));
	}

	@Test
	void show_whenPartOfAProgrammeAndBidFor_linksParentAndBidders() throws Exception {
		given(this.details.detail(6L)).willReturn(staffordshireCancerDetail().build());
		this.mvc.perform(get("/tenders/6"))
			.andExpect(content().string(containsString(">Part of</dt>")))
			.andExpect(content().string(containsString(
					"href=\"/tenders/5\">Transforming Cancer and End of Life Care Programme (Staffordshire)</a>")))
			.andExpect(content().string(containsString("href=\"/bidders/10\">Staffordshire cancer consortium</a>")))
			.andExpect(content().string(containsString(">Consortium</span>")))
			.andExpect(content().string(containsString("The only bidder left by February 2016.")));
	}

	@Test
	void show_whenAProgramme_listsItsLots() throws Exception {
		given(this.details.detail(5L))
			.willReturn(staffordshireCancerDetail().parent(null).lots(staffordshireCancerRow()).build());
		this.mvc.perform(get("/tenders/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contracts in this programme")))
			.andExpect(content().string(containsString("href=\"/tenders/6\">Cancer care contract (Staffordshire)</a>")))
			.andExpect(content().string(not(containsString(">Part of</dt>"))));
	}

	@Test
	void show_withAnnualValueAndNoDuration_explainsTotalCannotBeWorkedOut() throws Exception {
		given(this.details.detail(2L)).willReturn(oxfordshireDetail().value(cambridgeshireMskValue()).build());
		this.mvc.perform(get("/tenders/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("title=\"over £50,000,000 a year\">over £50m a year</span>")))
			.andExpect(content().string(containsString("Cannot be worked out: no duration reported")))
			.andExpect(content().string(containsString("title=\"over £50,000,000\">over £50m a year</span>")))
			.andExpect(content().string(containsString(">Not reported</dd>")));
	}

	@Test
	void show_withTotalOverFiveYears_derivesPerYear() throws Exception {
		given(this.details.detail(3L)).willReturn(oxfordshireDetail().value(bedfordshireMskValue()).build());
		this.mvc.perform(get("/tenders/3"))
			.andExpect(content().string(containsString("title=\"£24,000,000\">£24m a year</span>")))
			.andExpect(content().string(containsString(">5 years</dd>")));
	}

	@Test
	void show_whenLittleIsKnown_rendersEmptyStates() throws Exception {
		given(this.details.detail(4L)).willReturn(oxfordshireDetail().build());
		this.mvc.perform(get("/tenders/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Planned</strong>")))
			.andExpect(content().string(containsString("Not known")))
			.andExpect(content().string(containsString(">Not reported</dd>")))
			.andExpect(content().string(containsString("No source has reported a value for this tender.")))
			.andExpect(content().string(containsString("No bidders have been reported.")))
			.andExpect(content().string(containsString("No events recorded yet.")))
			.andExpect(content().string(not(containsString("Total over the contract"))));
	}

	@Test
	void show_whenTenderMissing_renders404Page() throws Exception {
		given(this.details.detail(999L)).willThrow(new NotFoundException("tender", 999L));
		this.mvc.perform(get("/tenders/999"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(model().attribute("message", "There is no tender with id 999."))
			.andExpect(content()
				.string(allOf(containsString("Page not found"), containsString("There is no tender with id 999."))));
	}

	@Test
	void show_whenIdNotNumeric_renders400Page() throws Exception {
		this.mvc.perform(get("/tenders/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("message", "An id must be a whole number, such as 8."))
			.andExpect(content().string(containsString("An id must be a whole number, such as 8.")));
		verifyNoInteractions(this.details);
	}

	@Test
	void show_whenIdTooBigForALong_renders400Page() throws Exception {
		this.mvc.perform(get("/tenders/99999999999999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
	}

	// Security -------------------------------------------------------------------------

	@Test
	void page_carriesStrictSecurityHeaders() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void post_isRefusedEvenWithACsrfToken() throws Exception {
		this.mvc.perform(post("/tenders").with(csrf()).param("title", "New tender")).andExpect(status().isForbidden());
		this.mvc.perform(post("/tenders").param("title", "New tender")).andExpect(status().isForbidden());
		verifyNoInteractions(this.rows, this.details);
	}

	private void givenTenders(PageView<TenderRow> result) {
		given(this.rows.page(any(), anyBoolean(), eq(result.page()), anyInt())).willReturn(result);
	}

}
