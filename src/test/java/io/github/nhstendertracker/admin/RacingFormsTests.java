package io.github.nhstendertracker.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The case that lost people's work: many saves of one version of a tender's edit form
 * sent at once. One is saved; every other gets the conflict page (409) with what its
 * editor typed still in the form; none gets an error page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class RacingFormsTests {

	private static final int EDITORS = 20;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private Long tenderId;

	@AfterEach
	void removeTheTender() {
		if (this.tenderId != null) {
			this.jdbc.sql("delete from tender where id = :id").param("id", this.tenderId).update();
			this.jdbc.sql("delete from audit_record where tender_id = :id").param("id", this.tenderId).update();
		}
	}

	@Test
	void racingSavesOfOneTenderVersion_oneSavedTheRestSeeTheConflictWithTheirInput() throws Exception {
		String title = "Racing forms tender " + UUID.randomUUID();
		MvcResult created = this.mvc
			.perform(post("/admin/tenders").with(user("editor1").roles("EDITOR"))
				.with(csrf())
				.param("title", title)
				.param("description", "Edited by many people at once.")
				.param("commissionerIds", "8"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/tenders/");
		this.tenderId = Long.valueOf(location.substring("/tenders/".length()));
		long version = this.jdbc.sql("select version from tender where id = :id")
			.param("id", this.tenderId)
			.query(Long.class)
			.single();

		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<MvcResult>> saves = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			String typed = "Typed by editor " + i + " " + UUID.randomUUID();
			saves.add(pool.submit(() -> {
				go.await();
				return this.mvc
					.perform(post("/admin/tenders/{id}/edit", this.tenderId).with(user("editor1").roles("EDITOR"))
						.with(csrf())
						.param("version", String.valueOf(version))
						.param("title", title)
						.param("description", typed)
						.param("commissionerIds", "8"))
					.andReturn();
			}));
		}
		go.countDown();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		for (Future<MvcResult> save : saves) {
			MvcResult result = save.get(60, TimeUnit.SECONDS);
			statuses.add(result.getResponse().getStatus());
			if (result.getResponse().getStatus() == 409) {
				String page = result.getResponse().getContentAsString();
				assertThat(page).contains("Typed by editor");
			}
		}
		pool.shutdownNow();
		assertThat(statuses).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(EDITORS - 1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_record where entity_type = 'TENDER' and action = 'UPDATE'"
					+ " and entity_id = :id")
			.param("id", this.tenderId)
			.query(Long.class)
			.single()).isOne();
	}

}
