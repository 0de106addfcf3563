package io.github.nhstendertracker.browse;

import java.math.BigDecimal;
import java.util.List;

import io.github.nhstendertracker.browse.TrackerSummary.Summary;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import io.github.nhstendertracker.tender.MoneyRange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.dudleyBidDeadline;
import static io.github.nhstendertracker.ViewFixtures.dudleyNoticePublished;
import static io.github.nhstendertracker.ViewFixtures.pounds;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerPause;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The home page: what the tracker holds and the latest events.
 */
@WebMvcTest(HomeController.class)
@Import(WebSliceConfiguration.class)
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TrackerSummary summary;

	@MockitoBean
	private TenderEvents events;

	@Test
	void home_showsCountsAndTheTotalValueTracked() throws Exception {
		Summary held = new Summary(8, 13, 10, 5, 25, 6,
				new MoneyRange(pounds(5_492_000_000L), pounds(7_742_000_000L), true, false), 1, 1);
		given(this.summary.summarise()).willReturn(held);
		given(this.events.latest(8)).willReturn(List.of(dudleyNoticePublished(), staffordshireCancerPause()));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(model().attribute("summary", held))
			.andExpect(model().attributeExists("latestEvents"))
			.andExpect(content()
				.string(containsString("<title>Track NHS procurement tenders – NHS Tender Tracker</title>")))
			.andExpect(content().string(containsString("app-stat__number\">8</span>")))
			.andExpect(content().string(containsString("app-stat__number\">13</span>")))
			.andExpect(content().string(containsString("href=\"/commissioners\">Commissioners</a>")))
			.andExpect(content().string(
					containsString("title=\"£5,492,000,000 to over £7,742,000,000\">£5.49bn to over £7.74bn</span>")))
			.andExpect(content().string(containsString("Summed over <span>6</span> tenders")))
			.andExpect(content().string(containsString("only a per-year figure and no duration")))
			.andExpect(content().string(containsString("no reported value.")))
			// A page of the usual width: only a page that asks for it is wide.
			.andExpect(content().string(containsString("<div class=\"govuk-width-container\">")))
			.andExpect(content().string(not(containsString("app-width-container--wide"))));
	}

	@Test
	void home_listsLatestEventsWithTheirTendersAndDates() throws Exception {
		given(this.summary.summarise()).willReturn(emptySummary());
		given(this.events.latest(8)).willReturn(List.of(dudleyBidDeadline(), staffordshireCancerPause()));
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString(">13 July 2017</span>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Expected</strong>")))
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content()
				.string(containsString("href=\"/tenders/8\">Multispecialty community provider (Dudley)</a>")))
			.andExpect(content().string(containsString("href=\"/tenders/6\">Cancer care contract (Staffordshire)</a>")))
			.andExpect(content().string(containsString("app-event--warning")));
	}

	@Test
	void home_whenTrackerIsEmpty_rendersEmptyStates() throws Exception {
		given(this.summary.summarise()).willReturn(emptySummary());
		given(this.events.latest(8)).willReturn(List.of());
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No tender has a reported value yet.")))
			.andExpect(content().string(containsString("No events recorded yet.")))
			.andExpect(content().string(not(containsString("Total value tracked"))));
	}

	@Test
	void home_carriesStrictSecurityHeaders() throws Exception {
		given(this.summary.summarise()).willReturn(emptySummary());
		given(this.events.latest(8)).willReturn(List.of());
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private static Summary emptySummary() {
		return new Summary(0, 0, 0, 0, 0, 0, new MoneyRange(BigDecimal.ZERO, BigDecimal.ZERO, false, false), 0, 0);
	}

}
