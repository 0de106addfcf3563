package io.github.nhstendertracker.harvest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.github.nhstendertracker.imports.ImportedData;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The harvest on the imports page, with both portals set up (pointing at the local stub):
 * the panel says where each will resume and how the last harvest went, and the button
 * starts a harvest in the background, or says that one is already running.
 */
@WithMockUser(username = "editor1", roles = "EDITOR")
class HarvestAdminTests extends HarvestTestSupport {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private HarvestStates states;

	@Autowired
	private Harvests harvests;

	@Autowired
	private LockProvider locks;

	@BeforeEach
	void start() {
		portals.resetAll();
		this.jdbc.sql("delete from harvest_state").update();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from harvest_state").update();
	}

	@Test
	void thePanel_showsEachPortal_whereItResumes_andTheLastError() throws Exception {
		this.jdbc.sql("""
				insert into harvest_state (source, next_url, window_from, window_to, pages_read, last_success,
				  last_error, last_error_at)
				values ('CONTRACTS_FINDER', :next, '2025-01-20T00:00:00Z', '2025-01-23T23:00:00Z', 1,
				  '2025-01-24T05:30:00Z', 'The portal answered 503, 3 times in a row', '2025-01-24T05:31:00Z')""")
			.param("next", portals.baseUrl() + CF_PATH + "?cursor=page2")
			.update();

		this.mvc.perform(MockMvcRequestBuilders.get("/admin/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Harvest from the portals"),
					containsString("Contracts Finder"), containsString("Find a Tender"),
					containsString(portals.baseUrl() + CF_PATH), containsString(portals.baseUrl() + FTS_PATH),
					containsString("At page 2 of the window from 2025-01-20T00:00:00 to 2025-01-23T23:00:00"),
					containsString("cursor=page2"), containsString("The portal answered 503, 3 times in a row"),
					containsString("With notices from the start date, 2026-10-06"),
					containsString("It does not run on a schedule"), containsString("Start a harvest now"),
					containsString("action=\"/admin/imports/harvest\""), containsString("name=\"_csrf\""),
					not(containsString("No portal is set up")))));
	}

	@Test
	void startingAHarvest_runsItInTheBackground_underTheLock() throws Exception {
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).willReturn(okJson(lastPage(HarvestTests.LAST_OTHER_OCID))));
		portals.stubFor(get(urlPathEqualTo(FTS_PATH)).willReturn(okJson(lastPage(HarvestTests.LAST_OTHER_OCID))));
		ImportedData data = ImportedData.mark(this.jdbc);
		try {
			this.mvc.perform(startHarvest().with(csrf()))
				.andExpect(redirectedUrl("/admin/imports#harvest"))
				.andExpect(flash().attribute("saved", containsString("The harvest has started")));
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> !this.harvests.running() && this.states.find(Portal.FIND_A_TENDER).pagesRead() == 1);
			assertThat(this.states.find(Portal.CONTRACTS_FINDER).pagesRead()).isEqualTo(1);
			portals.verify(1, getRequestedFor(urlPathEqualTo(CF_PATH)));
			portals.verify(1, getRequestedFor(urlPathEqualTo(FTS_PATH)));
			assertThat(
					this.jdbc.sql("select count(*) from import_run where kind = 'HARVEST' and started_by = 'editor1'")
						.query(Long.class)
						.single())
				.isGreaterThanOrEqualTo(2);
		}
		finally {
			data.remove();
		}
	}

	@Test
	void whileAHarvestHoldsTheLock_anotherIsRefused_andThePanelSaysSo() throws Exception {
		Optional<SimpleLock> held = this.locks
			.lock(new LockConfiguration(Instant.now(), HarvestLock.NAME, Duration.ofMinutes(5), Duration.ZERO));
		assertThat(held).isPresent();
		try {
			this.mvc.perform(startHarvest().with(csrf()))
				.andExpect(redirectedUrl("/admin/imports#harvest"))
				.andExpect(flash().attribute(HarvestTestSupport.HARVEST_PROBLEM,
						containsString("A harvest is already running")));
			this.mvc
				.perform(MockMvcRequestBuilders.get("/admin/imports")
					.flashAttr(HarvestTestSupport.HARVEST_PROBLEM, "A harvest is already running."))
				.andExpect(content().string(allOf(containsString("A harvest is already running."),
						containsString("Harvesting now"), containsString("disabled"))));
			portals.verify(0, getRequestedFor(urlPathEqualTo(CF_PATH)));
		}
		finally {
			held.get().unlock();
		}
	}

	@Test
	void withoutTheFormsToken_nothingStarts() throws Exception {
		this.mvc.perform(startHarvest()).andExpect(status().isForbidden());
		assertThat(this.harvests.running()).isFalse();
	}

	@Test
	@WithAnonymousUser
	void someoneNotSignedIn_isSentToSignIn() throws Exception {
		this.mvc.perform(startHarvest().with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		assertThat(this.harvests.running()).isFalse();
	}

	private static MockHttpServletRequestBuilder startHarvest() {
		return MockMvcRequestBuilders.post("/admin/imports/harvest");
	}

}
