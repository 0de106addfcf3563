package io.github.nhstendertracker;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and JSON twin renders for every seeded record, against the real database, so
 * a template or query that fails on real data fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SeededPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everySeededRecord_rendersItsPageAndJson() throws Exception {
		for (String resource : List.of("tender", "commissioner", "bidder", "source")) {
			List<Long> ids = this.jdbc.sql("select id from " + resource + " order by id").query(Long.class).list();
			assertThat(ids).isNotEmpty();
			for (Long id : ids) {
				String path = "/" + resource + "s/" + id;
				MvcResult page = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
				assertThat(page.getResponse().getContentAsString()).as(path)
					.contains("<h1")
					.doesNotContain("Exception");
				this.mvc.perform(get("/api" + path)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
			}
		}
	}

	@Test
	void listsAndHome_renderWithTheSeed() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Total value tracked")));
		for (String path : List.of("/tenders", "/tenders?sort=value&dir=asc", "/tenders?sort=title",
				"/tenders?sort=status&dir=desc", "/commissioners", "/bidders", "/sources")) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/tenders?sort=value&dir=desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count.value").value(8))
			.andExpect(jsonPath("$.count.exact").value(true))
			.andExpect(jsonPath("$.items[0].tender.title").value("Multispecialty community provider (Dudley)"))
			.andExpect(jsonPath("$.items[0].tender.value.low").value(3400000000L));
	}

	@Test
	void tenderJson_carriesExactValuesAndIsoDatesWithPrecision() throws Exception {
		this.mvc.perform(get("/api/tenders/8"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value.high").value(5400000000L))
			.andExpect(jsonPath("$.value.durationMaxMonths").value(180))
			.andExpect(jsonPath("$.timeline[0].date").value("2017-06-09"))
			.andExpect(jsonPath("$.timeline[0].datePrecision").value("DAY"))
			.andExpect(jsonPath("$.timeline[1].expected").value(true));
	}

	@Test
	void health_isUpWhenTheDatabaseAnswers() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void unknownAndMalformedIds_getStyledPages_notServerErrors() throws Exception {
		this.mvc.perform(get("/tenders/424242"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is no tender with id 424242")));
		this.mvc.perform(get("/sources/not-a-number")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/tenders/99999999999999999999999")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/bidders/424242"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no bidder with id 424242."));
	}

}
