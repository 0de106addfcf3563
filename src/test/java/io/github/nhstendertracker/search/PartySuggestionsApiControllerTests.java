package io.github.nhstendertracker.search;

import java.util.List;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.search.PartyNames.Party;
import io.github.nhstendertracker.system.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.nhstendertracker.ViewFixtures.DUDLEY_CCG;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Type-ahead for the search form: ids and names, and nothing for no text or too much.
 */
@WebMvcTest(PartySuggestionsApiController.class)
@Import(WebSliceConfiguration.class)
class PartySuggestionsApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PartyNames names;

	@Test
	void commissionerSuggestions_returnIdsAndNames() throws Exception {
		given(this.names.suggest(Party.COMMISSIONER, "dud", 10)).willReturn(List.of(DUDLEY_CCG));
		this.mvc.perform(get("/api/commissioners/suggest").param("q", "dud"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(8))
			.andExpect(jsonPath("$[0].name").value("NHS Dudley CCG"));
	}

	@Test
	void commissionerSuggestions_forLongText_areEmptyWithoutAQuery() throws Exception {
		this.mvc.perform(get("/api/commissioners/suggest").param("q", "x".repeat(101)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		verifyNoInteractions(this.names);
	}

	@Test
	void commissionerSuggestions_withoutText_areEmpty() throws Exception {
		this.mvc.perform(get("/api/commissioners/suggest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void bidderSuggestions_returnIdsAndNames() throws Exception {
		given(this.names.suggest(Party.BIDDER, "cir", 10)).willReturn(List.of(new Ref(2L, "Circle Health")));
		this.mvc.perform(get("/api/bidders/suggest").param("q", "cir"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(2))
			.andExpect(jsonPath("$[0].name").value("Circle Health"));
	}

}
