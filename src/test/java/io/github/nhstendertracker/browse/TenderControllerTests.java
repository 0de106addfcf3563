package io.github.nhstendertracker.browse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.browse.TenderViews.CpvView;
import io.github.nhstendertracker.browse.TenderViews.FigureView;
import io.github.nhstendertracker.browse.TenderViews.NoticeView;
import io.github.nhstendertracker.browse.TenderViews.OpenData;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.BMJ_STAFFORDSHIRE_ON_HOLD;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.HSJ_DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.bedfordshireMskValue;
import static io.github.nhstendertracker.ViewFixtures.cambridgeshireMskValue;
import static io.github.nhstendertracker.ViewFixtures.dudleyDetail;
import static io.github.nhstendertracker.ViewFixtures.dudleyHeadlineFigure;
import static io.github.nhstendertracker.ViewFixtures.figure;
import static io.github.nhstendertracker.ViewFixtures.oxfordshireDetail;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerDetail;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * Tender pages, rendered from mocked read models. The tender table is the search page:
 * see {@code search.TenderSearchControllerTests}.
 */
@WebMvcTest(TenderController.class)
@Import(WebSliceConfiguration.class)
class TenderControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TenderDetails details;

	@MockitoBean
	private AuditLog audit;

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
	void show_toAnEditor_withNoChangesRecorded_saysSoWithoutAnEmptyTable() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		given(this.audit.forTender(8L)).willReturn(List.of());
		this.mvc.perform(get("/tenders/8").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change history")))
			.andExpect(content().string(containsString("No changes have been recorded since this tender was loaded.")))
			.andExpect(content().string(not(containsString("Changes, newest first"))));
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
	void show_fromOpenData_saysHowAndWhatIsBought_andListsTheNoticesWithTheirPortalPages() throws Exception {
		Ref notice = new Ref(9L, "Tender notice: community services");
		given(this.details.detail(8L)).willReturn(dudleyDetail()
			.addFigure(new FigureView(DUDLEY_MCP, notice,
					ValueView.of(new ContractValue(new BigDecimal("1250000"), new BigDecimal("1250000"), false,
							ValueBasis.TOTAL, null, null)),
					"A lot priced in euros.", false, "EUR"))
			.sources(HSJ_DUDLEY_MCP, notice)
			.openData(new OpenData("ocds-h6vhtk-abc123", null, ProcurementMethod.OPEN, "Open procedure", true, null,
					false, List.of(new CpvView("85100000", "Health services"), new CpvView("85312000", null)),
					List.of(new NoticeView(notice, "Find a Tender", LocalDate.of(2025, 1, 2), "001234-2025",
							"https://www.find-tender.service.gov.uk/Notice/001234-2025", "rel-1", List.of("tender")))))
			.build());
		String html = this.mvc.perform(get("/tenders/8"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"how-it-is-bought\"")
			.contains(">Open: any supplier may bid</span>")
			.contains(">Open procedure</span>")
			.containsPattern("Suitable for small and medium-sized businesses</dt>\\s*<dd[^>]*>Yes</dd>")
			.containsPattern("Suitable for voluntary, community and social enterprises</dt>\\s*<dd[^>]*>Not given</dd>")
			.containsPattern("A framework agreement</dt>\\s*<dd[^>]*>No</dd>")
			.contains("href=\"/tenders?cpv=85100000\"")
			.contains(">Health services</span>")
			.contains("href=\"/tenders?cpv=85312000\"")
			.contains("href=\"/tenders?ocid=ocds-h6vhtk-abc123\"")
			.contains("Find a Tender, 2 January 2025")
			.contains(">001234-2025</dd>")
			.contains("href=\"https://www.find-tender.service.gov.uk/Notice/001234-2025\"")
			.contains("EUR 1,250,000 (not converted to pounds)")
			.contains("<strong class=\"govuk-tag govuk-tag--grey\">Not in pounds</strong>")
			.contains(">Other sources</h2>")
			.doesNotContain("Sources disagree");
		assertThat(html.split("href=\"/sources/9\"", -1))
			.as("the notice is listed once, with the notices, and "
					+ "once as the figure's source, never again under other sources")
			.hasSize(3);
	}

	@Test
	void show_withoutOpenData_hasNoHowItIsBoughtOrNotices() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("How it is bought"))))
			.andExpect(content().string(not(containsString("id=\"notices\""))));
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
	void post_toAPublicPageIsRefusedEvenWithACsrfToken() throws Exception {
		// Anonymous: sent to sign in. Signed in: still no writes outside /admin.
		this.mvc.perform(post("/tenders").with(csrf()).param("title", "New tender"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString("/sign-in")));
		this.mvc.perform(post("/tenders").with(csrf()).with(user("admin").roles("ADMIN")).param("title", "New tender"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/tenders").param("title", "New tender")).andExpect(status().isForbidden());
		verifyNoInteractions(this.details);
	}

}
