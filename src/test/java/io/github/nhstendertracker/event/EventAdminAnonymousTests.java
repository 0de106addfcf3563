package io.github.nhstendertracker.event;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People who have not signed in are sent to sign in from every event and bid form, and
 * see no editing links on a tender page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class EventAdminAnonymousTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void formsAndRemovals_redirectToSignIn() throws Exception {
		for (String path : new String[] { "/admin/tenders/8/events/new", "/admin/tenders/8/events/23/edit",
				"/admin/tenders/8/bids/new" }) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
		}
		this.mvc.perform(post("/admin/tenders/8/events/new").with(csrf()).param("type", "DELAY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(post("/admin/tenders/8/events/23/delete").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void theTenderPage_showsNoEditingLinks() throws Exception {
		this.mvc.perform(get("/tenders/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/events/"))))
			.andExpect(content().string(not(containsString("/bids/"))))
			.andExpect(content().string(containsString("Bidders named")));
	}

}
