package io.github.nhstendertracker.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.Predecessors;
import io.github.nhstendertracker.search.PartyNames.Party;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.DUDLEY_CCG;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.garbage;
import static io.github.nhstendertracker.search.SearchFixtures.NEXT;
import static io.github.nhstendertracker.search.SearchFixtures.PREVIOUS;
import static io.github.nhstendertracker.search.SearchFixtures.empty;
import static io.github.nhstendertracker.search.SearchFixtures.fourTenders;
import static io.github.nhstendertracker.search.SearchFixtures.middlePage;
import static io.github.nhstendertracker.search.SearchFixtures.overTheLimit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tender search as JSON: the same parameters as the page, exact numbers, page links,
 * and a problem with an error for each bad parameter.
 */
@WebMvcTest(TenderSearchApiController.class)
@Import(WebSliceConfiguration.class)
class TenderSearchApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TenderSearch search;

	@MockitoBean
	private PartyNames names;

	@MockitoBean
	private CommissionerLineage lineage;

	@BeforeEach
	void commissionersHaveNoPredecessors() {
		given(this.lineage.of(any())).willAnswer((call) -> Predecessors.none(Set.copyOf(call.getArgument(0))));
	}

	@Test
	void search_returnsItemsCountAndSummary() throws Exception {
		given(this.search.search(TenderQuery.all())).willReturn(fourTenders());
		this.mvc.perform(get("/api/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items.length()").value(4))
			.andExpect(jsonPath("$.items[0].tender.id").value(8))
			.andExpect(jsonPath("$.items[0].tender.title").value(DUDLEY_MCP.name()))
			.andExpect(jsonPath("$.items[0].title[0].text").value(DUDLEY_MCP.name()))
			.andExpect(jsonPath("$.items[0].title[0].highlighted").value(false))
			.andExpect(jsonPath("$.items[0].snippet").isEmpty())
			.andExpect(jsonPath("$.items[0].tender.status").value("OPEN"))
			.andExpect(jsonPath("$.items[0].tender.nhsRegion").value("MIDLANDS"))
			.andExpect(jsonPath("$.items[0].tender.commissioners[0].name").value("NHS Dudley CCG"))
			.andExpect(jsonPath("$.items[0].tender.latestEvent.date").value("2017-06-09"))
			.andExpect(jsonPath("$.items[0].tender.latestEvent.datePrecision").value("DAY"))
			.andExpect(jsonPath("$.items[3].tender.value").value(nullValue()))
			.andExpect(jsonPath("$.count.value").value(4))
			.andExpect(jsonPath("$.count.exact").value(true))
			.andExpect(jsonPath("$.next").value(nullValue()))
			.andExpect(jsonPath("$.previous").value(nullValue()))
			.andExpect(jsonPath("$.summary.valued").value(3))
			.andExpect(jsonPath("$.summary.noValue").value(1))
			.andExpect(jsonPath("$.summary.byRegion.MIDLANDS.tenders").value(2))
			.andExpect(jsonPath("$.earlierBodies").isEmpty());
		verifyNoInteractions(this.lineage);
	}

	@Test
	void search_byASuccessor_listsTheBodiesItTookOverFrom() throws Exception {
		given(this.names.names(Party.COMMISSIONER, Set.of(13L))).willReturn(Map.of(13L, "NHS Black Country ICB"));
		given(this.lineage.of(Set.of(13L))).willReturn(new Predecessors(Set.of(13L), List.of(DUDLEY_CCG)));
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/api/tenders?commissioner=13"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.earlierBodies[0].id").value(8))
			.andExpect(jsonPath("$.earlierBodies[0].name").value("NHS Dudley CCG"));
		this.mvc.perform(get("/api/tenders?commissioner=13&lineage=own"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.earlierBodies").isEmpty());
	}

	@Test
	void search_givesExactPoundsAsNumbers() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/api/tenders"))
			.andExpect(jsonPath("$.items[0].tender.value.low").isNumber())
			.andExpect(jsonPath("$.items[0].tender.value.low").value(3400000000L))
			.andExpect(jsonPath("$.items[0].tender.value.high").value(5400000000L))
			.andExpect(jsonPath("$.items[0].tender.value.perYear.low").value(226666666.67))
			.andExpect(jsonPath("$.items[1].tender.value.low").value(687000000L))
			.andExpect(jsonPath("$.summary.value.low").value(4207000000L))
			.andExpect(jsonPath("$.summary.value.high").value(6207000000L))
			.andExpect(jsonPath("$.summary.value.highOpen").value(false))
			.andExpect(content().string(not(containsString("£"))));
	}

	@Test
	void search_overTheLimit_saysTheCountIsNotExactAndHasNoSummary() throws Exception {
		given(this.search.search(any())).willReturn(overTheLimit());
		this.mvc.perform(get("/api/tenders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count.value").value(10000))
			.andExpect(jsonPath("$.count.exact").value(false))
			.andExpect(jsonPath("$.summary").value(nullValue()))
			.andExpect(jsonPath("$.summaryUrl").value("/api/tenders/summary"))
			.andExpect(jsonPath("$.next").value("/api/tenders?after=" + NEXT.token()));
	}

	@Test
	void summary_givesTheWholeResultsSummary() throws Exception {
		given(this.search.summary(any())).willReturn(SearchFixtures.summaryOfFour());
		this.mvc.perform(get("/api/tenders/summary?region=midlands"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenders").value(4))
			.andExpect(jsonPath("$.valued").value(3))
			.andExpect(jsonPath("$.byRegion.MIDLANDS.tenders").value(2));
	}

	@Test
	void summary_thatTakesTooLong_isA503Problem() throws Exception {
		given(this.search.summary(any())).willThrow(new QueryTimeoutException("statement timeout"));
		this.mvc.perform(get("/api/tenders/summary?q=care"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("took too long")));
	}

	@Test
	void summary_withBadParameters_isA400Problem_andNeverSummarises() throws Exception {
		this.mvc.perform(get("/api/tenders/summary?region=atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.region").exists());
		verifyNoInteractions(this.search);
	}

	@Test
	void search_pageLinks_keepEveryFilterAndPointAtTheApi() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		given(this.names.names(Party.COMMISSIONER, Set.of(8L))).willReturn(Map.of(8L, DUDLEY_CCG.name()));
		String filters = "q=cancer&maxValue=5000000000&region=midlands&commissioner=8&status=paused&sort=latest&dir=desc"
				+ "&size=100";
		this.mvc.perform(get("/api/tenders?" + filters + "&after=" + PREVIOUS.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.next").value("/api/tenders?" + filters + "&after=" + NEXT.token()))
			.andExpect(jsonPath("$.previous").value("/api/tenders?" + filters + "&before=" + PREVIOUS.token()));
	}

	@Test
	void search_acceptsMoneyAsPeopleTypeIt_withoutARedirect() throws Exception {
		given(this.search.search(any())).willReturn(empty());
		this.mvc.perform(get("/api/tenders").param("minValue", "£3.4bn"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.count.value").value(0));
		ArgumentCaptor<TenderQuery> query = ArgumentCaptor.forClass(TenderQuery.class);
		then(this.search).should().search(query.capture());
		assertThat(query.getValue().minValue()).isEqualByComparingTo("3400000000");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					minValue   | abc        | minValue     | Enter the minimum value as an amount in pounds, like 750m, £3.4bn or 1,000,000, up to £1,000bn
					region     | atlantis   | region       | There is no NHS region called ‘atlantis’
					sort       | bogus      | sort         | Sort must be one of: latest, value, title, status, deadline, end or relevance
					dir        | up         | dir          | Direction must be asc or desc
					size       | 7          | size         | Results per page must be 25, 50 or 100
					after      | garbage    | after        | This page link is out of date or damaged: start again from the first page
					from       | 2016-02-30 | from         | From date must be a real date, written like 2016-02-29
					commissioner | abc      | commissioner | A commissioner must be given by its id, a whole number
					valueBasis | weekly     | valueBasis   | Value basis must be total or annual
					""")
	void search_withABadParameter_returns400ProblemWithAnErrorForIt(String name, String value, String param,
			String message) throws Exception {
		this.mvc.perform(get("/api/tenders").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value("Some search parameters are not valid: " + message + "."))
			.andExpect(jsonPath("$.errors." + param).value(message));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withSeveralBadParameters_namesEachOne() throws Exception {
		this.mvc
			.perform(get("/api/tenders").param("minValue", "5m")
				.param("maxValue", "1m")
				.param("status", "open", "nonsense")
				.param("q", garbage()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.maxValue")
				.value("Maximum value must be the same as or more than the minimum value"))
			.andExpect(jsonPath("$.errors.status").value("There is no status called ‘nonsense’"))
			.andExpect(jsonPath("$.errors.q").value("Keywords must be 200 characters or fewer"))
			.andExpect(jsonPath("$.errors.minValue").doesNotExist())
			.andExpect(content().string(not(containsString("<script>"))));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withAnUnknownCommissionerId_returns400Problem() throws Exception {
		given(this.names.names(Party.COMMISSIONER, Set.of(999L))).willReturn(Map.of());
		this.mvc.perform(get("/api/tenders").param("commissioner", "999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.commissioner").value("There is no commissioner with id 999"));
		verifyNoInteractions(this.search);
	}

}
