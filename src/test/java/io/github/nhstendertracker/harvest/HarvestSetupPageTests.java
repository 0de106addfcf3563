package io.github.nhstendertracker.harvest;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * As a local run starts, no portal has an address: the imports page says how to give one,
 * offers no harvest to start, and a request to start one says why it cannot.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(username = "editor1", roles = "EDITOR")
class HarvestSetupPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void withNoPortalAddress_thePanelSaysHowToGiveOne() throws Exception {
		this.mvc.perform(get("/admin/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Harvest from the portals"),
					containsString("No portal is set up to harvest"),
					containsString(
							"HARVEST_CF_BASE_URL=https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search"),
					containsString(
							"HARVEST_FTS_BASE_URL=https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages"),
					containsString("HARVEST_ENABLED=true"), containsString("No address is set"),
					not(containsString("Start a harvest now")))));
	}

	@Test
	void startingAHarvest_withNoPortalAddress_saysWhy() throws Exception {
		this.mvc.perform(post("/admin/imports/harvest").with(csrf()))
			.andExpect(redirectedUrl("/admin/imports#harvest"))
			.andExpect(flash().attribute("harvestProblem", containsString("No portal is set up to harvest")));
	}

}
