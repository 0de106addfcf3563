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
import static io.github.nhstendertracker.browse.SourceFixtures.BMJ;
import static io.github.nhstendertracker.browse.SourceFixtures.bmjDetail;
import static io.github.nhstendertracker.browse.SourceFixtures.bmjRow;
import static io.github.nhstendertracker.browse.SourceFixtures.hsjDudleyDetail;
import static io.github.nhstendertracker.browse.SourceFixtures.hsjDudleyRow;
import static io.github.nhstendertracker.browse.SourceFixtures.hsjOlderPeopleRow;
import static io.github.nhstendertracker.browse.SourceFixtures.noticeRow;
import static io.github.nhstendertracker.browse.SourceFixtures.unlinkedNoticeDetail;
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
 * The source list and source pages, rendered from mocked read models.
 */
@WebMvcTest(SourceController.class)
@Import(WebSliceConfiguration.class)
class SourceControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Sources sources;

	@Test
	void list_rendersEachSourceWithPublicationDateAtItsPrecisionAndCounts() throws Exception {
		var result = page(List.of(noticeRow(), hsjDudleyRow(), bmjRow(), hsjOlderPeopleRow()), 1, 25, 4);
		given(this.sources.page(new ListRequest(1, 25))).willReturn(result);
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources/list"))
			.andExpect(model().attribute("result", result))
			.andExpect(content().string(containsString(
					"href=\"/sources/3\">" + htmlEscape(BMJ_STAFFORDSHIRE_ON_HOLD.name(), "UTF-8") + "</a>")))
			.andExpect(content().string(containsString(">" + BMJ + "</span>")))
			.andExpect(content().string(containsString("app-nowrap\">9 June 2017</td>")))
			.andExpect(content().string(containsString("app-nowrap\">June 2017</td>")))
			.andExpect(content().string(containsString("app-nowrap\">February 2016</td>")))
			.andExpect(content().string(containsString("app-nowrap\">2013</td>")))
			.andExpect(content().string(containsString("govuk-table__cell--numeric\">10</td>")))
			.andExpect(content().string(containsString("of <strong>4</strong> sources")));
	}

	@Test
	void list_paginationLinks_keepPageSize() throws Exception {
		given(this.sources.page(new ListRequest(3, 50))).willReturn(page(List.of(bmjRow()), 3, 50, 101));
		this.mvc.perform(get("/sources?page=3&size=50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sources?size=50&amp;page=2\" rel=\"prev\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))))
			.andExpect(content().string(containsString("aria-current=\"page\">3</a>")));
	}

	@Test
	void list_whenNoSources_rendersEmptyState() throws Exception {
		given(this.sources.page(new ListRequest(1, 25))).willReturn(emptyPage(25));
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No sources have been recorded yet.")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_renders400PageSayingWhatToChange(String name, String value, String message)
			throws Exception {
		this.mvc.perform(get("/sources").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("message", message))
			.andExpect(content().string(containsString(message)));
		verifyNoInteractions(this.sources);
	}

	@Test
	void list_pageBeyondLast_renders400Page() throws Exception {
		given(this.sources.page(new ListRequest(2, 25))).willReturn(page(List.of(), 2, 25, 5));
		this.mvc.perform(get("/sources?page=2"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("There is no page 2. The last page is 1.")));
	}

	@Test
	void show_rendersSummaryCitationLinkPeopleTendersFiguresAndEvents() throws Exception {
		given(this.sources.detail(3L)).willReturn(bmjDetail());
		this.mvc.perform(get("/sources/3"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources/show"))
			.andExpect(model().attribute("source", bmjDetail()))
			.andExpect(content().string(containsString("<span class=\"govuk-caption-l\">" + BMJ + "</span>")))
			.andExpect(content().string(containsString("<span>February 2016</span>")))
			.andExpect(content().string(containsString("(exact date not known)")))
			.andExpect(content().string(containsString(">The BMJ 2016;352:i745 (Gareth Iacobucci)</dd>")))
			.andExpect(content().string(containsString("href=\"https://www.bmj.com/content/352/bmj.i745\"")))
			.andExpect(content().string(containsString("rel=\"noreferrer noopener\"")))
			.andExpect(content().string(containsString("<strong>Andy Donald</strong>")))
			.andExpect(content().string(containsString("href=\"/tenders/6\">Cancer care contract (Staffordshire)</a>")))
			.andExpect(content().string(containsString("title=\"£687,000,000\">£687m</span>")))
			.andExpect(content().string(containsString("Figures it reported")))
			.andExpect(content().string(containsString("title=\"£700,000,000\">£700m</span>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--orange\">Differs</strong>")))
			.andExpect(content().string(containsString(">by February 2016</span>")))
			.andExpect(content().string(containsString("href=\"/api/sources/3\">This source as JSON</a>")));
	}

	@Test
	void show_withoutWebAddress_saysSoAndMarksMatchingFigure() throws Exception {
		given(this.sources.detail(4L)).willReturn(hsjDudleyDetail());
		this.mvc.perform(get("/sources/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No web address recorded")))
			.andExpect(content().string(not(containsString(">Citation</dt>"))))
			.andExpect(content().string(not(containsString(">People quoted</dt>"))))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Matches</strong>")))
			.andExpect(content().string(containsString("£3.4bn–£5.4bn")))
			.andExpect(content().string(containsString(">9 June 2017</span>")))
			.andExpect(content().string(containsString(">Expected</strong>")));
	}

	@Test
	void show_knownToTheDayAndLinkedToNothing_rendersEmptyStates() throws Exception {
		given(this.sources.detail(6L)).willReturn(unlinkedNoticeDetail());
		this.mvc.perform(get("/sources/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>9 June 2017</span>")))
			.andExpect(content().string(not(containsString("(exact date not known)"))))
			.andExpect(content().string(containsString("This source is not linked to any tender yet.")))
			.andExpect(content().string(not(containsString(">Latest event</th>"))))
			.andExpect(content().string(not(containsString("Figures it reported"))))
			.andExpect(content().string(containsString("No events recorded yet.")));
	}

	@Test
	void show_whenSourceMissing_renders404Page() throws Exception {
		given(this.sources.detail(999L)).willThrow(new NotFoundException("source", 999L));
		this.mvc.perform(get("/sources/999"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("There is no source with id 999.")));
	}

	@Test
	void show_whenIdNotNumeric_renders400Page() throws Exception {
		this.mvc.perform(get("/sources/hsj"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("An id must be a whole number, such as 8.")));
		verifyNoInteractions(this.sources);
	}

}
