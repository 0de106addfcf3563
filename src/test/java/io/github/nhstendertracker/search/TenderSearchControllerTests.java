package io.github.nhstendertracker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.commissioner.Predecessors;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.PartyNames.Party;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.TextPart;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.github.nhstendertracker.ViewFixtures.BLACK_COUNTRY_ICB;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_CCG;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The tender search page, rendered from a mocked {@link TenderSearch}: what the query
 * parser accepts and refuses, what the page shows, and links that keep every filter.
 */
@WebMvcTest(TenderSearchController.class)
@Import(WebSliceConfiguration.class)
class TenderSearchControllerTests {

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

	// Results --------------------------------------------------------------------------

	@Test
	void search_byDefault_rendersTheHitsAndTheirExactCount() throws Exception {
		given(this.search.search(TenderQuery.all())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(view().name("tenders/list"))
			.andExpect(content().string(containsString("<title>Tenders – NHS Tender Tracker</title>")))
			.andExpect(content().string(containsString("<strong>4</strong>")))
			.andExpect(content().string(containsString(
					"<a class=\"govuk-link\" href=\"/tenders/8\">Multispecialty community provider (Dudley)</a>")))
			.andExpect(content().string(containsString("href=\"/tenders/4\">Lead providers for maternity")))
			.andExpect(content().string(containsString(
					"<span class=\"app-nowrap\" title=\"£3,400,000,000 to £5,400,000,000\">£3.4bn–£5.4bn</span>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--yellow\">Paused</strong>")))
			.andExpect(content().string(containsString("href=\"/commissioners/8\">NHS Dudley CCG</a>")))
			.andExpect(content().string(containsString("and 2 more")))
			.andExpect(content().string(containsString(">9 June 2017</span>")))
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content().string(containsString("None yet")))
			.andExpect(content().string(not(containsString("govuk-error-summary"))))
			.andExpect(content().string(not(containsString("govuk-pagination"))));
	}

	@Test
	void search_withASummary_showsTheSummedValueTendersWithoutOneAndFacetCounts() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("£4.21bn–£6.21bn")))
			.andExpect(content().string(containsString("summed over\n              3 tenders with a value")))
			.andExpect(content().string(containsString("1\n            tender has\n            no total value")))
			.andExpect(content().string(containsString(">(2)</span>")));
	}

	@Test
	void search_whenTheCountIsNotExact_says10000PlusAndSkipsTheSummary() throws Exception {
		given(this.search.search(any())).willReturn(overTheLimit());
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>10,000+</strong>")))
			.andExpect(content().string(containsString("tenders match. Working out")))
			.andExpect(content().string(not(containsString("Total value"))))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
	}

	@Test
	void search_overTheLimit_offersTheSummaryByALinkThePageScriptAlsoFetches() throws Exception {
		given(this.search.search(any())).willReturn(overTheLimit());
		this.mvc.perform(get("/tenders?region=midlands&minValue=1000000"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("data-summary-url=\"/tenders/summary?minValue=1000000&amp;region=midlands\"")))
			.andExpect(content().string(containsString(
					"<a class=\"govuk-link\" id=\"summary-link\" href=\"/tenders/summary?minValue=1000000&amp;region=midlands\">")))
			.andExpect(content().string(containsString("/js/summary.js")))
			.andExpect(content().string(containsString("data-summary-part=\"facet-region-MIDLANDS\"")));
	}

	@Test
	void search_withAnEstimatedCount_saysItIsAnEstimate() throws Exception {
		SearchResult estimated = new SearchResult(SearchFixtures.fourHits(), Count.estimated(64_500), null, null, null,
				true);
		given(this.search.search(any())).willReturn(estimated);
		this.mvc.perform(get("/tenders?from=2015-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("About")))
			.andExpect(content().string(containsString("<strong>64,500</strong>")))
			.andExpect(content().string(containsString("an estimate")))
			.andExpect(content().string(containsString("Counting these tenders exactly")));
	}

	@Test
	void search_withACountNotYetKnown_showsNoNumber_andLeavesItToTheSummary() throws Exception {
		SearchResult uncounted = new SearchResult(SearchFixtures.fourHits(), Count.unknown(), null, null, null, true);
		given(this.search.search(any())).willReturn(uncounted);
		this.mvc.perform(get("/tenders?from=2016-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not counted yet")))
			.andExpect(content().string(not(containsString("<strong>-1"))))
			.andExpect(content().string(containsString("Counting these tenders exactly")))
			.andExpect(content().string(containsString("id=\"summary-link\"")));
	}

	@Test
	void summary_ofALargeResult_showsTheWholeResultsSummaryAndExactCount() throws Exception {
		given(this.search.search(any())).willReturn(overTheLimit());
		given(this.search.summary(any())).willReturn(SearchFixtures.summaryOfFour());
		this.mvc.perform(get("/tenders/summary?region=midlands"))
			.andExpect(status().isOk())
			.andExpect(view().name("tenders/list"))
			.andExpect(content().string(containsString("<strong>4</strong>")))
			.andExpect(content().string(containsString("Total value:")))
			.andExpect(content().string(containsString("£4.21bn–£6.21bn")))
			.andExpect(content().string(containsString("id=\"chart-region-table\"")))
			.andExpect(content().string(not(containsString("id=\"summary-later\""))));
	}

	@Test
	void summary_thatTakesTooLong_saysSoWith503_andStillShowsThePage() throws Exception {
		given(this.search.search(any())).willReturn(overTheLimit());
		given(this.search.summary(any())).willThrow(new QueryTimeoutException("statement timeout"));
		this.mvc.perform(get("/tenders/summary?region=midlands"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("took too long, so it was stopped")))
			.andExpect(content().string(containsString("<strong>10,000+</strong>")))
			.andExpect(content().string(containsString("rel=\"next\"")));
	}

	@Test
	void summary_withBadParameters_isA400WithTheErrorSummary_andNeverSummarises() throws Exception {
		this.mvc.perform(get("/tenders/summary?minValue=lots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")));
		verify(this.search, never()).summary(any());
	}

	@Test
	void summary_typedMoney_redirectsToTheCanonicalSummaryUrl() throws Exception {
		this.mvc.perform(get("/tenders/summary?minValue=£3.4bn"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenders/summary?minValue=3400000000"));
	}

	@Test
	void search_whenNothingMatches_rendersTheEmptyStateWithoutATable() throws Exception {
		given(this.search.search(any())).willReturn(empty());
		this.mvc.perform(get("/tenders").param("q", "zebra"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>0</strong>")))
			.andExpect(content().string(containsString("No tenders match these filters.")))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(not(containsString("govuk-pagination"))));
	}

	@Test
	void search_parsesEveryFilterIntoTheQuery() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		given(this.names.names(Party.COMMISSIONER, Set.of(8L))).willReturn(Map.of(8L, DUDLEY_CCG.name()));
		this.mvc
			.perform(get("/tenders").param("q", "community provider")
				.param("minValue", "1000000")
				.param("maxValue", "5000000000")
				.param("valueBasis", "annual")
				.param("region", "midlands", "london")
				.param("status", "open", "paused")
				.param("commissioner", "8")
				.param("event", "pause")
				.param("from", "2016-01-01")
				.param("to", "2017-12-31")
				.param("sort", "value")
				.param("dir", "asc")
				.param("size", "50"))
			.andExpect(status().isOk());
		ArgumentCaptor<TenderQuery> captor = ArgumentCaptor.forClass(TenderQuery.class);
		then(this.search).should().search(captor.capture());
		TenderQuery query = captor.getValue();
		assertThat(query.q()).isEqualTo("community provider");
		assertThat(query.minValue()).isEqualByComparingTo("1000000");
		assertThat(query.maxValue()).isEqualByComparingTo("5000000000");
		assertThat(query.valueBasis()).isEqualTo(ValueBasis.ANNUAL);
		assertThat(query.regions()).containsExactly(NhsRegion.MIDLANDS, NhsRegion.LONDON);
		assertThat(query.statuses()).containsExactly(TenderStatus.OPEN, TenderStatus.PAUSED);
		assertThat(query.commissioners()).containsExactly(8L);
		assertThat(query.from()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(query.to()).isEqualTo(LocalDate.of(2017, 12, 31));
		assertThat(query.sort()).isEqualTo(SearchSort.VALUE);
		assertThat(query.descending()).isFalse();
		assertThat(query.size()).isEqualTo(50);
		assertThat(query.after()).isNull();
	}

	// Applied filters
	// --------------------------------------------------------------------

	@Test
	void search_showsAppliedFiltersAsTagsWhoseLinksRemoveOnlyThatValue() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		given(this.names.names(Party.COMMISSIONER, Set.of(8L))).willReturn(Map.of(8L, DUDLEY_CCG.name()));
		this.mvc
			.perform(get("/tenders").param("minValue", "5000000")
				.param("region", "london", "midlands")
				.param("commissioner", "8")
				.param("status", "paused"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Applied filters")))
			.andExpect(content().string(containsString("<span>Value: from £5m</span>")))
			.andExpect(content().string(containsString("<span>NHS region: Midlands</span>")))
			.andExpect(content().string(containsString("<span>Commissioner: NHS Dudley CCG</span>")))
			.andExpect(content().string(containsString("<span>Status: Paused</span>")))
			// Regions come back in a fixed order, so each tag's link is predictable.
			.andExpect(content().string(containsString(
					"href=\"/tenders?region=midlands&amp;region=london&amp;commissioner=8&amp;status=paused\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?minValue=5000000&amp;region=london&amp;commissioner=8&amp;status=paused\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?minValue=5000000&amp;region=midlands&amp;commissioner=8&amp;status=paused\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?minValue=5000000&amp;region=midlands&amp;region=london&amp;status=paused\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?minValue=5000000&amp;region=midlands&amp;region=london&amp;commissioner=8\"")));
	}

	@Test
	void search_removingTheLastValueFilter_dropsTheValueBasisToo() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders?maxValue=50000000&valueBasis=annual&status=open"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Value: up to £50m a year</span>")))
			.andExpect(content().string(containsString("href=\"/tenders?status=open\"")));
	}

	@Test
	void search_withoutFilters_hasNoAppliedFilters() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Applied filters"))));
	}

	// Layout ---------------------------------------------------------------------------

	@Test
	void search_isAWidePage_withASkipLinkToTheResultCountHeading_andAFilterToggle() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<div class=\"govuk-width-container app-width-container--wide\">")))
			.andExpect(content().string(containsString(
					"<a href=\"#result-count\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to results</a>")))
			.andExpect(content().string(containsString("id=\"result-count\" tabindex=\"-1\">")))
			.andExpect(content()
				.string(containsString("<a class=\"govuk-link app-filter-toggle__link\" href=\"#filters\">")))
			.andExpect(content().string(containsString("aria-controls=\"filters\" aria-expanded=\"false\" hidden>")))
			.andExpect(content().string(containsString("<div class=\"app-filter-layout\">")))
			.andExpect(content().string(containsString("<div class=\"app-filter-layout__filter\" id=\"filters\">")))
			.andExpect(content().string(containsString("/js/filters.js")));
	}

	@Test
	void search_labelsEveryCell_soAPhoneCanShowEachRowAsACard() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		String page = this.mvc.perform(get("/tenders")).andReturn().getResponse().getContentAsString();
		String html = page.substring(page.indexOf("id=\"results-table\""), page.indexOf("</table>"));
		for (String column : List.of("Tender", "Value", "Commissioners", "Region", "Status", "Bid deadline",
				"Latest event")) {
			assertThat(html.split("<td class=\"govuk-table__cell\" data-label=\"" + column + "\"", -1)).as(column)
				.hasSize(5);
		}
		assertThat(html.split("<td ", -1)).as("cells, each with its label").hasSize(7 * 4 + 1);
		assertThat(html.split("<col class=\"app-results-table__", -1)).as("columns, each with its width").hasSize(8);
	}

	@Test
	void search_onAMiddlePage_linksThePagesUnderTheCountAndUnderTheTable() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		String html = this.mvc.perform(get("/tenders?region=london")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("aria-label=\"Pages of results\"").contains("aria-label=\"Pagination\"");
		assertThat(html.indexOf("id=\"result-count\"")).isLessThan(html.indexOf("aria-label=\"Pages of results\""));
		assertThat(html.indexOf("aria-label=\"Pages of results\"")).isLessThan(html.indexOf("id=\"results-table\""));
		assertThat(html.indexOf("id=\"results-table\"")).isLessThan(html.indexOf("aria-label=\"Pagination\""));
		assertThat(html.split("rel=\"next\"", -1)).hasSize(3);
		assertThat(html.split("rel=\"prev\"", -1)).hasSize(3);
	}

	@Test
	void search_withAnError_opensTheFilters_andHasNoSkipLinkToResults() throws Exception {
		this.mvc.perform(get("/tenders?minValue=lots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<div class=\"app-filter-layout app-filter-layout--open\">")))
			.andExpect(content().string(not(containsString("Skip to results"))));
	}

	// Bad parameters --------------------------------------------------------------------

	/**
	 * Parameters the page refuses: the request, the parameter the error is filed under,
	 * the id the error summary links to, and the message.
	 */
	static Stream<Arguments> badParameters() {
		return Stream.of(Arguments.of("minValue=abc", get("/tenders").param("minValue", "abc"), "minValue", "minValue",
				"Enter the minimum value as an amount in pounds, like 750m, £3.4bn or 1,000,000, up to £1,000bn"),
				Arguments.of("minValue=5m&maxValue=1m", get("/tenders").param("minValue", "5m").param("maxValue", "1m"),
						"maxValue", "maxValue", "Maximum value must be the same as or more than the minimum value"),
				Arguments.of("region=atlantis", get("/tenders").param("region", "atlantis"), "region", "region",
						"There is no NHS region called ‘atlantis’"),
				Arguments.of("sort=bogus", get("/tenders").param("sort", "bogus"), "sort", "results",
						"Sort must be one of: latest, value, title, status, deadline, end or relevance"),
				Arguments.of("deadlineFrom=2026-13-01", get("/tenders").param("deadlineFrom", "2026-13-01"),
						"deadlineFrom", "deadlineFrom",
						"Deadline from date must be a real date, written like 2016-02-29"),
				Arguments.of("endFrom after endTo",
						get("/tenders").param("endFrom", "2028-01-01").param("endTo", "2027-01-01"), "endTo", "endTo",
						"The latest contract end date must be the same as or after the earliest"),
				Arguments.of("sort=relevance without keywords", get("/tenders").param("sort", "relevance"), "sort",
						"results", "Sort by relevance needs keywords to search for"),
				Arguments.of("dir=up", get("/tenders").param("dir", "up"), "dir", "results",
						"Direction must be asc or desc"),
				Arguments.of("size=7", get("/tenders").param("size", "7"), "size", "results",
						"Results per page must be 25, 50 or 100"),
				Arguments.of("after=garbage", get("/tenders").param("after", "garbage"), "after", "results",
						"This page link is out of date or damaged: start again from the first page"),
				Arguments.of("status=open&status=nonsense", get("/tenders").param("status", "open", "nonsense"),
						"status", "status", "There is no status called ‘nonsense’"),
				Arguments.of("q of 5,000 characters", get("/tenders").param("q", garbage()), "q", "q",
						"Keywords must be 200 characters or fewer"),
				Arguments.of("from=2016-02-30", get("/tenders").param("from", "2016-02-30"), "from", "from",
						"From date must be a real date, written like 2016-02-29"),
				Arguments.of("from after to", get("/tenders").param("from", "2017-01-01").param("to", "2016-01-01"),
						"to", "to", "The ‘to’ date must be the same as or after the ‘from’ date"),
				Arguments.of("commissioner=abc", get("/tenders").param("commissioner", "abc"), "commissioner",
						"commissionerName", "A commissioner must be given by its id, a whole number"),
				Arguments.of("lineage=mine", get("/tenders").param("commissioner", "13").param("lineage", "mine"),
						"lineage", "lineage", LineageScope.CHOICES_MESSAGE),
				Arguments.of("bidder=1.5", get("/tenders").param("bidder", "1.5"), "bidder", "bidderName",
						"A bidder must be given by its id, a whole number"),
				Arguments.of("cpv=health", get("/tenders").param("cpv", "health"), "cpv", "cpv",
						"Enter a CPV code as 2 to 8 digits, like 85100000 or 851, not ‘health’"),
				Arguments.of("cpv=851000001", get("/tenders").param("cpv", "851000001"), "cpv", "cpv",
						"Enter a CPV code as 2 to 8 digits, like 85100000 or 851, not ‘851000001’"),
				Arguments.of("ocid=12345", get("/tenders").param("ocid", "12345"), "ocid", "ocid",
						"Enter an ocid as the portals give it: it starts with ‘ocds-’, has no spaces and is at most 100 characters"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badParameters")
	void search_withABadParameter_shows400WithErrorSummaryAndInlineError(String description,
			MockHttpServletRequestBuilder request, String param, String fieldId, String message) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(view().name("tenders/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<title>Error: Tenders – NHS Tender Tracker</title>")
			.contains("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">")
			.contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
			.contains("<a href=\"#" + fieldId + "\">" + message + "</a>")
			.contains("id=\"" + fieldId + "\"")
			.doesNotContain("<script>alert")
			.doesNotContain("id=\"result-count\"");
		if (!fieldId.equals("results")) {
			// An inline error beside the field, which the field points to.
			assertThat(html).contains("<p id=\"" + fieldId + "-error\" class=\"govuk-error-message\">")
				.contains("<span class=\"govuk-visually-hidden\">Error:</span> " + message)
				.containsPattern("aria-describedby=\"([\\w-]+ )?" + fieldId + "-error\"");
		}
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withSeveralBadParameters_listsEveryProblem() throws Exception {
		this.mvc.perform(get("/tenders").param("minValue", "lots").param("region", "atlantis").param("dir", "up"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#minValue\"")))
			.andExpect(content().string(containsString("href=\"#region\"")))
			.andExpect(content().string(containsString("href=\"#results\"")));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withBadInput_showsWhatWasTypedBackEscaped() throws Exception {
		this.mvc.perform(get("/tenders").param("q", garbage()).param("minValue", "<b>lots</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"&lt;b&gt;lots&lt;/b&gt;\"")))
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>lots"))));
	}

	// Commissioners' lineage ----------------------------------------------------------

	@Test
	void search_byASuccessor_marksRowsItHasThroughAnEarlierBodyAndSaysTheyAreIncluded() throws Exception {
		given(this.names.names(Party.COMMISSIONER, Set.of(13L))).willReturn(Map.of(13L, BLACK_COUNTRY_ICB.name()));
		given(this.lineage.of(Set.of(13L))).willReturn(new Predecessors(Set.of(13L), List.of(DUDLEY_CCG)));
		ArgumentCaptor<TenderQuery> asked = ArgumentCaptor.forClass(TenderQuery.class);
		given(this.search.search(asked.capture())).willReturn(fourTenders());
		String html = this.mvc.perform(get("/tenders").param("commissioner", "13"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asked.getValue().lineage()).isEqualTo(LineageScope.ALL);
		assertThat(html).contains("Commissioner: NHS Black Country ICB")
			.contains("Lineage: including the body they took over from")
			.contains("href=\"/tenders?commissioner=13&amp;lineage=own\"")
			.contains("Includes the tenders of the body")
			.containsPattern(">via\\s*<a class=\"govuk-link\" href=\"/commissioners/8\">NHS Dudley CCG</a></span>")
			.doesNotContain("aria-describedby=\"lineage-hint\" checked");
		// Dudley's row is the only one of the four commissioned by Dudley CCG alone.
		assertThat(html.split(">via\\s*<a", -1)).hasSize(2);
	}

	@Test
	void search_ownTendersOnly_whenNoneMatch_saysTheEarlierBodiesAreLeftOutAndLinksToThem() throws Exception {
		given(this.names.names(Party.COMMISSIONER, Set.of(13L))).willReturn(Map.of(13L, BLACK_COUNTRY_ICB.name()));
		given(this.lineage.of(Set.of(13L))).willReturn(new Predecessors(Set.of(13L), List.of(DUDLEY_CCG)));
		ArgumentCaptor<TenderQuery> asked = ArgumentCaptor.forClass(TenderQuery.class);
		given(this.search.search(asked.capture())).willReturn(empty());
		this.mvc.perform(get("/tenders").param("commissioner", "13").param("lineage", "own"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No tenders match these filters.")))
			.andExpect(content().string(containsString("the tenders of the bodies it took over from are left out")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?commissioner=13\">Include the tenders of the bodies it took over from</a>")))
			.andExpect(content().string(containsString("Lineage: own tenders only")))
			.andExpect(content().string(containsString("aria-describedby=\"lineage-hint\" checked=\"checked\"")))
			.andExpect(content().string(not(containsString("id=\"lineage-note\""))));
		assertThat(asked.getValue().lineage()).isEqualTo(LineageScope.OWN);
		assertThat(asked.getValue().toParams()).containsEntry("lineage", List.of("own"));
	}

	@Test
	void search_withAnUnknownCommissionerId_shows400() throws Exception {
		given(this.names.names(Party.COMMISSIONER, Set.of(999L))).willReturn(Map.of());
		this.mvc.perform(get("/tenders").param("commissioner", "999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: Tenders – NHS Tender Tracker</title>")))
			.andExpect(content().string(containsString("There is no commissioner with id 999")))
			.andExpect(content().string(containsString("href=\"#commissionerName\"")))
			.andExpect(content().string(containsString("id=\"commissionerName-error\"")));
		verifyNoInteractions(this.search);
	}

	// Redirects to the canonical URL
	// ------------------------------------------------------

	@Test
	void search_withMoneyTypedAsPeopleWriteIt_redirectsToPlainPounds() throws Exception {
		this.mvc.perform(get("/tenders").param("minValue", "£3.4bn").param("region", "midlands"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenders?minValue=3400000000&region=midlands"));
		this.mvc.perform(get("/tenders").param("minValue", "750m").param("maxValue", "1,000,000,000"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenders?minValue=750000000&maxValue=1000000000"));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withCpvCodesAsPeopleWriteThem_redirectsToEightDigitCodes() throws Exception {
		this.mvc.perform(get("/tenders").param("cpv", "851, 33100000-1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenders?cpv=33100000&cpv=85100000"));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_byCpvAndOcid_passesThemOn_andTagsEach() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders").param("cpv", "85100000").param("ocid", "ocds-b5fd17-abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>CPV: 85100000 and codes under it</span>")))
			.andExpect(content().string(containsString("<span>Process (ocid): ocds-b5fd17-abc</span>")))
			.andExpect(content().string(containsString("href=\"/tenders?ocid=ocds-b5fd17-abc\"")))
			.andExpect(content().string(containsString("href=\"/tenders?cpv=85100000\"")));
		ArgumentCaptor<TenderQuery> captor = ArgumentCaptor.forClass(TenderQuery.class);
		then(this.search).should().search(captor.capture());
		assertThat(captor.getValue().cpvCodes()).containsExactly("85100000");
		assertThat(captor.getValue().ocid()).isEqualTo("ocds-b5fd17-abc");
	}

	@Test
	void search_withATypedCommissionerName_redirectsToItsId() throws Exception {
		given(this.names.resolve(Party.COMMISSIONER, "Dudley CCG")).willReturn(List.of(8L));
		this.mvc.perform(get("/tenders").param("commissionerName", "Dudley CCG").param("status", "open"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenders?commissioner=8&status=open"));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_withATypedNameNothingMatches_showsAnErrorOnTheNameField() throws Exception {
		given(this.names.resolve(Party.COMMISSIONER, "Atlantis")).willReturn(List.of());
		this.mvc.perform(get("/tenders").param("commissionerName", "Atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No single commissioner matches ‘Atlantis’")))
			.andExpect(content().string(containsString("href=\"#commissionerName\"")))
			.andExpect(content().string(containsString("value=\"Atlantis\"")));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_alreadyCanonical_isNotRedirected() throws Exception {
		given(this.search.search(any())).willReturn(fourTenders());
		this.mvc.perform(get("/tenders").param("minValue", "3400000000")).andExpect(status().isOk());
	}

	// Links that keep the query
	// -------------------------------------------------------------

	@Test
	void search_nextAndPreviousLinks_carryEveryFilterAndTheCursor() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		given(this.names.names(Party.COMMISSIONER, Set.of(8L))).willReturn(Map.of(8L, DUDLEY_CCG.name()));
		String filters = "q=cancer&amp;minValue=1000000&amp;region=midlands&amp;commissioner=8&amp;status=paused"
				+ "&amp;event=pause&amp;from=2015-01-01&amp;sort=latest&amp;dir=asc&amp;size=50";
		this.mvc
			.perform(get("/tenders").param("q", "cancer")
				.param("minValue", "1000000")
				.param("region", "midlands")
				.param("commissioner", "8")
				.param("status", "paused")
				.param("event", "pause")
				.param("from", "2015-01-01")
				.param("sort", "latest")
				.param("dir", "asc")
				.param("size", "50")
				.param("after", PREVIOUS.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("href=\"/tenders?" + filters + "&amp;after=" + NEXT.token() + "\" rel=\"next\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?" + filters + "&amp;before=" + PREVIOUS.token() + "\" rel=\"prev\"")));
	}

	@Test
	void search_sortLinks_keepTheFiltersFlipTheCurrentSortAndStartAgain() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		SearchCursor valueCursor = new SearchCursor(SearchSort.VALUE, "120000000.00", 3);
		this.mvc.perform(get("/tenders?region=london&sort=value&dir=asc&size=50&after=" + valueCursor.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?region=london&amp;sort=value&amp;dir=desc&amp;size=50\">Value</a>")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?region=london&amp;sort=title&amp;dir=asc&amp;size=50\">Tender</a>")))
			.andExpect(
					content().string(containsString("href=\"/tenders?region=london&amp;size=50\">Latest event</a>")));
	}

	@Test
	void search_followLinkAndHeadLink_giveTheFeedOfTheFiltersOnly() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		String feed = "/events.atom?q=cancer&amp;region=london&amp;status=paused";
		this.mvc
			.perform(get("/tenders?q=cancer&region=london&status=paused&sort=value&dir=asc&size=50&after="
					+ new SearchCursor(SearchSort.VALUE, "120000000.00", 3).token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" "
					+ "title=\"Events of the tenders in this search\"\n        href=\"" + feed + "\">")))
			.andExpect(content().string(containsString("<a class=\"govuk-link\" id=\"follow-feed\" href=\"" + feed
					+ "\" type=\"application/atom+xml\">Follow this search</a>")))
			.andExpect(content().string(containsString("How following a search works")));
	}

	@Test
	void search_whenNothingMatches_stillOffersToFollowTheSearch() throws Exception {
		given(this.search.search(any())).willReturn(empty());
		this.mvc.perform(get("/tenders").param("q", "zebra"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("href=\"/events.atom?q=zebra\" type=\"application/atom+xml\">")));
	}

	@Test
	void search_withErrors_offersNoFeed() throws Exception {
		this.mvc.perform(get("/tenders").param("region", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("application/atom+xml"))))
			.andExpect(content().string(not(containsString("Follow this search"))));
	}

	@Test
	void search_perYearValues_keepTheBasisInEveryLink() throws Exception {
		SearchCursor valueCursor = new SearchCursor(SearchSort.VALUE, "24000000.00", 3);
		given(this.search.search(any())).willReturn(new SearchResult(SearchFixtures.fourHits(), new Count(120, true),
				valueCursor, null, SearchFixtures.summaryOfFour(), false));
		this.mvc.perform(get("/tenders?valueBasis=annual&region=london&sort=value"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Total value per year:")))
			.andExpect(
					content().string(containsString("href=\"/tenders?valueBasis=annual&amp;region=london&amp;sort=value"
							+ "&amp;dir=desc&amp;after=" + valueCursor.token() + "\" rel=\"next\"")))
			.andExpect(
					content().string(containsString("href=\"/tenders?valueBasis=annual&amp;sort=value&amp;dir=desc\"")))
			.andExpect(content().string(containsString(
					"href=\"/tenders?valueBasis=annual&amp;region=london&amp;sort=title&amp;dir=asc\">Tender</a>")));
	}

	@Test
	void search_withACursorFromAnotherSort_isRefused() throws Exception {
		this.mvc.perform(get("/tenders?sort=value&after=" + NEXT.token()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This page link is out of date or damaged")));
		verifyNoInteractions(this.search);
	}

	@Test
	void search_sizeAndJsonLinks_keepTheFiltersAndStartAgain() throws Exception {
		given(this.search.search(any())).willReturn(middlePage());
		this.mvc.perform(get("/tenders?status=open&size=50&after=" + NEXT.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/tenders?status=open\">25</a>")))
			.andExpect(content().string(containsString("<strong>50</strong>")))
			.andExpect(content().string(containsString("href=\"/tenders?status=open&amp;size=100\">100</a>")))
			.andExpect(content()
				.string(containsString("href=\"/api/tenders?status=open&amp;size=50\">This search as JSON</a>")));
	}

	// Highlights
	// ---------------------------------------------------------------------------

	@Test
	void search_rendersHighlightedTitlesAndSnippetsAsMarks() throws Exception {
		TenderRow dudley = dudleyRow();
		Hit marked = new Hit(dudley,
				List.of(new TextPart("Multispecialty ", false), new TextPart("community", true),
						new TextPart(" provider (Dudley)", false)),
				List.of(new TextPart("an accountable care contract for ", false), new TextPart("community", true),
						new TextPart(" services", false)));
		given(this.search.search(any()))
			.willReturn(new SearchResult(List.of(marked), new Count(1, true), null, null, null, false));
		this.mvc.perform(get("/tenders").param("q", "community"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("href=\"/tenders/8\">Multispecialty <mark>community</mark> provider (Dudley)</a>")))
			.andExpect(content().string(containsString("for <mark>community</mark> services</p>")))
			.andExpect(content().string(containsString("<strong>1</strong>\n            tender\n")));
	}

	@Test
	void search_escapesMarkupInHighlightedParts() throws Exception {
		Hit marked = new Hit(dudleyRow(), List.of(new TextPart("<b>", true), new TextPart(" & more", false)),
				List.of(new TextPart("<script>x</script>", false)));
		given(this.search.search(any()))
			.willReturn(new SearchResult(List.of(marked), new Count(1, true), null, null, null, false));
		this.mvc.perform(get("/tenders").param("q", "b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/tenders/8\"><mark>&lt;b&gt;</mark> &amp; more</a>")))
			.andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;</p>")))
			.andExpect(content().string(not(containsString("<script>x"))));
	}

	@Test
	void search_escapesMarkupInTitles() throws Exception {
		TenderRow dudley = dudleyRow();
		TenderRow hostile = new TenderRow(99L, "<script>alert('x')</script> & <b>bold</b>", dudley.status(),
				dudley.value(), dudley.commissioners(), dudley.nhsRegion(), dudley.itlRegion(), dudley.latestEvent(),
				dudley.dates(), null);
		given(this.search.search(any())).willReturn(
				new SearchResult(List.of(SearchFixtures.hit(hostile)), new Count(1, true), null, null, null, false));
		this.mvc.perform(get("/tenders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/tenders/99\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</a>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>bold"))));
	}

}
