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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.page;
import static io.github.nhstendertracker.browse.SourceFixtures.bmjDetail;
import static io.github.nhstendertracker.browse.SourceFixtures.hsjDudleyRow;
import static io.github.nhstendertracker.browse.SourceFixtures.hsjOlderPeopleRow;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The source JSON API.
 */
@WebMvcTest(SourceApiController.class)
@Import(WebSliceConfiguration.class)
class SourceApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Sources sources;

	@Test
	void list_returnsThePageWithIsoDatesAndTheirPrecision() throws Exception {
		given(this.sources.page(new ListRequest(1, 25)))
			.willReturn(page(List.of(hsjDudleyRow(), hsjOlderPeopleRow()), 1, 25, 2));
		this.mvc.perform(get("/api/sources"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].id").value(4))
			.andExpect(jsonPath("$.items[0].publication").value("HSJ"))
			.andExpect(jsonPath("$.items[0].publishedOn").value("2017-06-01"))
			.andExpect(jsonPath("$.items[0].publishedPrecision").value("MONTH"))
			.andExpect(jsonPath("$.items[1].publishedOn").value("2013-01-01"))
			.andExpect(jsonPath("$.items[1].publishedPrecision").value("YEAR"))
			.andExpect(jsonPath("$.items[0].tenderCount").value(1))
			.andExpect(jsonPath("$.items[0].eventCount").value(3));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("io.github.nhstendertracker.ViewFixtures#badPagingParameters")
	void list_withBadParameter_returns400Problem(String name, String value, String message) throws Exception {
		this.mvc.perform(get("/api/sources").queryParam(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(message));
		verifyNoInteractions(this.sources);
	}

	@Test
	void list_pageBeyondLast_returns400Problem() throws Exception {
		given(this.sources.page(new ListRequest(9, 25))).willReturn(page(List.of(), 9, 25, 5));
		this.mvc.perform(get("/api/sources?page=9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no page 9. The last page is 1."));
	}

	@Test
	void show_returnsTheSourceWithPeopleFiguresAndEvents() throws Exception {
		given(this.sources.detail(3L)).willReturn(bmjDetail());
		this.mvc.perform(get("/api/sources/3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(3))
			.andExpect(jsonPath("$.publishedOn").value("2016-02-01"))
			.andExpect(jsonPath("$.publishedPrecision").value("MONTH"))
			.andExpect(jsonPath("$.citation").value("The BMJ 2016;352:i745 (Gareth Iacobucci)"))
			.andExpect(jsonPath("$.url").value("https://www.bmj.com/content/352/bmj.i745"))
			.andExpect(jsonPath("$.people[0].name").value("Andy Donald"))
			.andExpect(jsonPath("$.tenders[0].value.low").value(687000000L))
			.andExpect(jsonPath("$.figures[0].value.low").value(700000000L))
			.andExpect(jsonPath("$.figures[0].value.perYear").doesNotExist())
			.andExpect(jsonPath("$.figures[0].matchesHeadline").value(false))
			.andExpect(jsonPath("$.events[0].dateQualifier").value("BY"));
	}

	@Test
	void show_whenSourceMissing_returns404Problem() throws Exception {
		given(this.sources.detail(999L)).willThrow(new NotFoundException("source", 999L));
		this.mvc.perform(get("/api/sources/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no source with id 999."));
	}

	@Test
	void show_whenIdNotNumeric_returns400Problem() throws Exception {
		this.mvc.perform(get("/api/sources/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("An id must be a whole number, such as 8."));
		verifyNoInteractions(this.sources);
	}

}
