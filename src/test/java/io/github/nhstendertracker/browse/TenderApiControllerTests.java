package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

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
import static io.github.nhstendertracker.ViewFixtures.figure;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerDetail;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
	private TenderDetails details;

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
