package io.github.nhstendertracker.tender;

import java.util.List;

import io.github.nhstendertracker.system.NotFoundException;
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

import static io.github.nhstendertracker.ViewFixtures.DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.HSJ_DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.dudleyDetail;
import static io.github.nhstendertracker.ViewFixtures.dudleyHeadlineFigure;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;
import static io.github.nhstendertracker.ViewFixtures.emptyPage;
import static io.github.nhstendertracker.ViewFixtures.figure;
import static io.github.nhstendertracker.ViewFixtures.oxfordshireRow;
import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerDetail;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerRow;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON twins of the tender pages: exact pounds as numbers, ISO dates with their
 * precision, and RFC 9457 problem details for every refusal.
 */
@WebMvcTest(TenderApiController.class)
@Import(WebSliceConfiguration.class)
class TenderApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TenderRows rows;

	@MockitoBean
	private TenderDetails details;

	@Test
	void list_returnsThePageWithPagingFields() throws Exception {
		given(this.rows.page(TenderSort.LATEST, true, 1, 25))
			.willReturn(page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3));
		this.mvc.perform(get("/api/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(25))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0].id").value(8))
			.andExpect(jsonPath("$.items[0].title").value(DUDLEY_MCP.name()))
			.andExpect(jsonPath("$.items[0].status").value("OPEN"))
			.andExpect(jsonPath("$.items[0].nhsRegion").value("MIDLANDS"))
			.andExpect(jsonPath("$.items[0].itlRegion").value("TLG"))
			.andExpect(jsonPath("$.items[0].commissioners[0].id").value(8))
			.andExpect(jsonPath("$.items[0].commissioners[0].name").value("NHS Dudley CCG"));
	}

	@Test
	void list_givesExactPoundsAsNumbers() throws Exception {
		given(this.rows.page(TenderSort.LATEST, true, 1, 25))
			.willReturn(page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3));
		this.mvc.perform(get("/api/tenders"))
			.andExpect(jsonPath("$.items[0].value.low").isNumber())
			.andExpect(jsonPath("$.items[0].value.low").value(3400000000L))
			.andExpect(jsonPath("$.items[0].value.high").value(5400000000L))
			.andExpect(jsonPath("$.items[0].value.highOpen").value(false))
			.andExpect(jsonPath("$.items[0].value.basis").value("TOTAL"))
			.andExpect(jsonPath("$.items[0].value.durationMinMonths").value(nullValue()))
			.andExpect(jsonPath("$.items[0].value.durationMaxMonths").value(180))
			.andExpect(jsonPath("$.items[0].value.total.low").value(3400000000L))
			.andExpect(jsonPath("$.items[0].value.total.derived").value(false))
			.andExpect(jsonPath("$.items[0].value.perYear.low").value(226666666.67))
			.andExpect(jsonPath("$.items[0].value.perYear.high").value(360000000L))
			.andExpect(jsonPath("$.items[0].value.perYear.derived").value(true))
			.andExpect(jsonPath("$.items[1].value.low").value(687000000L))
			.andExpect(jsonPath("$.items[2].value").value(nullValue()))
			.andExpect(content().string(not(containsString("£"))));
	}

	@Test
	void list_givesIsoDatesWithTheirPrecisionAndQualifier() throws Exception {
		given(this.rows.page(TenderSort.LATEST, true, 1, 25))
			.willReturn(page(List.of(dudleyRow(), staffordshireCancerRow(), oxfordshireRow()), 1, 25, 3));
		this.mvc.perform(get("/api/tenders"))
			.andExpect(jsonPath("$.items[0].latestEvent.type").value("NOTICE_PUBLISHED"))
			.andExpect(jsonPath("$.items[0].latestEvent.date").value("2017-06-09"))
			.andExpect(jsonPath("$.items[0].latestEvent.datePrecision").value("DAY"))
			.andExpect(jsonPath("$.items[0].latestEvent.dateQualifier").value("ON"))
			.andExpect(jsonPath("$.items[1].latestEvent.date").value("2016-02-01"))
			.andExpect(jsonPath("$.items[1].latestEvent.datePrecision").value("MONTH"))
			.andExpect(jsonPath("$.items[1].latestEvent.dateQualifier").value("BY"))
			.andExpect(jsonPath("$.items[2].latestEvent").value(nullValue()));
	}

	@Test
	void list_acceptsTheSameParametersAsThePage() throws Exception {
		given(this.rows.page(TenderSort.TITLE, true, 2, 100))
			.willReturn(page(List.of(staffordshireCancerRow()), 2, 100, 101));
		this.mvc.perform(get("/api/tenders?sort=title&dir=desc&page=2&size=100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(100))
			.andExpect(jsonPath("$.totalItems").value(101))
			.andExpect(jsonPath("$.items[0].id").value(6));
	}

	@Test
	void list_whenNoTenders_returnsAnEmptyFirstPage() throws Exception {
		given(this.rows.page(TenderSort.LATEST, true, 1, 25)).willReturn(emptyPage(25));
		this.mvc.perform(get("/api/tenders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badTenderListParameters")
	void list_withBadParameter_returns400Problem(String name, String value, String message) throws Exception {
		this.mvc.perform(get("/api/tenders").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value(message))
			.andExpect(content().string(not(containsString("<script>"))));
		verifyNoInteractions(this.rows);
	}

	@Test
	void list_pageBeyondLast_returns400Problem() throws Exception {
		given(this.rows.page(TenderSort.LATEST, true, 5, 25)).willReturn(page(List.of(), 5, 25, 30));
		this.mvc.perform(get("/api/tenders?page=5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no page 5. The last page is 2."));
	}

	@Test
	void show_returnsTheDetailWithExactValuesAndDerivedFigures() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/api/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(8))
			.andExpect(jsonPath("$.title").value(DUDLEY_MCP.name()))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.contractModel").value("MCP_ACCOUNTABLE_CARE"))
			.andExpect(jsonPath("$.serviceAreas", containsInAnyOrder("INTEGRATED_CARE", "PRIMARY_CARE", "COMMUNITY")))
			.andExpect(jsonPath("$.value.low").value(3400000000L))
			.andExpect(jsonPath("$.value.high").value(5400000000L))
			.andExpect(jsonPath("$.value.durationMaxMonths").value(180))
			.andExpect(jsonPath("$.value.perYear.low").value(226666666.67))
			.andExpect(jsonPath("$.value.perYear.derived").value(true))
			.andExpect(jsonPath("$.figuresDisagree").value(false))
			.andExpect(jsonPath("$.reportedFigures[0].source.id").value(HSJ_DUDLEY_MCP.id()))
			.andExpect(jsonPath("$.reportedFigures[0].matchesHeadline").value(true))
			.andExpect(jsonPath("$.commissioners[0].name").value("NHS Dudley CCG"))
			.andExpect(jsonPath("$.parent").value(nullValue()));
	}

	@Test
	void show_givesTimelineDatesInIsoWithPrecisionAndExpectedFlag() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/api/tenders/8"))
			.andExpect(jsonPath("$.timeline.length()").value(3))
			.andExpect(jsonPath("$.timeline[0].type").value("NOTICE_PUBLISHED"))
			.andExpect(jsonPath("$.timeline[0].date").value("2017-06-09"))
			.andExpect(jsonPath("$.timeline[0].datePrecision").value("DAY"))
			.andExpect(jsonPath("$.timeline[0].expected").value(false))
			.andExpect(jsonPath("$.timeline[1].type").value("BID_DEADLINE"))
			.andExpect(jsonPath("$.timeline[1].date").value("2017-07-13"))
			.andExpect(jsonPath("$.timeline[1].expected").value(true))
			.andExpect(jsonPath("$.timeline[1].sources[0].id").value(4));
	}

	@Test
	void show_whenFiguresDisagree_saysSoAndKeepsOpenEndedFigures() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail()
			.addFigure(figure(DUDLEY_MCP, HSJ_DUDLEY_MCP, dudleyHeadlineFigure(), "As much as £5bn.", false))
			.figuresDisagree(true)
			.build());
		this.mvc.perform(get("/api/tenders/8"))
			.andExpect(jsonPath("$.figuresDisagree").value(true))
			.andExpect(jsonPath("$.reportedFigures[1].value.low").value(nullValue()))
			.andExpect(jsonPath("$.reportedFigures[1].value.high").value(5000000000L))
			.andExpect(jsonPath("$.reportedFigures[1].matchesHeadline").value(false));
	}

	@Test
	void show_withMonthPrecisionAndByQualifier_givesFirstOfMonthAndBy() throws Exception {
		given(this.details.detail(6L)).willReturn(staffordshireCancerDetail().build());
		this.mvc.perform(get("/api/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[1].date").value("2016-02-01"))
			.andExpect(jsonPath("$.timeline[1].datePrecision").value("MONTH"))
			.andExpect(jsonPath("$.timeline[1].dateQualifier").value("BY"))
			.andExpect(jsonPath("$.timeline[0].datePrecision").value("YEAR"))
			.andExpect(jsonPath("$.parent.id").value(5))
			.andExpect(jsonPath("$.bids[0].role").value("BIDDER"))
			.andExpect(jsonPath("$.bids[0].bidderType").value("CONSORTIUM"));
	}

	@Test
	void show_whenTenderMissing_returns404Problem() throws Exception {
		given(this.details.detail(999L)).willThrow(new NotFoundException("tender", 999L));
		this.mvc.perform(get("/api/tenders/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("There is no tender with id 999."));
	}

	@Test
	void show_whenIdNotNumeric_returns400Problem() throws Exception {
		this.mvc.perform(get("/api/tenders/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("An id must be a whole number, such as 8."));
		verifyNoInteractions(this.details);
	}

	@Test
	void show_whenTenderMissingAndBrowserAsksForHtml_stillAnswers404() throws Exception {
		given(this.details.detail(999L)).willThrow(new NotFoundException("tender", 999L));
		this.mvc.perform(get("/api/tenders/999").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void api_carriesSecurityHeadersAndRefusesWrites() throws Exception {
		given(this.details.detail(8L)).willReturn(dudleyDetail().build());
		this.mvc.perform(get("/api/tenders/8"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		this.mvc.perform(post("/api/tenders").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
			.andExpect(status().isForbidden());
	}

}
