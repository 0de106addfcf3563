package io.github.nhstendertracker.alerts;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * With no SMTP host (the default), alerts are off: the form says so and takes no address,
 * and the digest does nothing. Links that are not known get the site's 404 page, and a
 * search with bad filters its 400 page, with sending on or off.
 */
@SpringBootTest(properties = "spring.mail.host=")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AlertsOffTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AlertDigest digest;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theForm_saysAlertsAreNotAvailable_andShowsTheSearch() throws Exception {
		this.mvc.perform(get("/alerts/new").param("region", "london").param("status", "open"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mail alerts are not available on this server")))
			.andExpect(content().string(containsString("NHS region: London")))
			.andExpect(content().string(containsString("Status: Open")))
			.andExpect(content().string(not(containsString("name=\"email\""))));
	}

	@Test
	void anAddressPosted_isNotStored() throws Exception {
		String email = "off-" + System.nanoTime() + "@example.com";
		this.mvc.perform(post("/alerts/new").param("region", "london").param("email", email).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mail alerts are not available on this server")));
		assertThat(this.jdbc.sql("select count(*) from alert_subscription where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDigest_doesNothing() {
		assertThat(this.digest.run()).isEqualTo(new AlertDigest.Report(0, 0));
	}

	@Test
	void unknownLinks_getTheSites404Page() throws Exception {
		for (String path : new String[] { "/alerts/confirm/not-a-token", "/alerts/unsubscribe/not-a-token" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(view().name("error/404"))
				.andExpect(content().string(containsString("This link does not work")));
			this.mvc.perform(post(path).with(csrf())).andExpect(status().isNotFound());
		}
	}

	@Test
	void badFilters_getThe400Page() throws Exception {
		this.mvc.perform(get("/alerts/new").param("region", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
	}

}
