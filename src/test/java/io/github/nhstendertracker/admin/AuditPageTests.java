package io.github.nhstendertracker.admin;

import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.AuditFilter;
import io.github.nhstendertracker.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page lists records newest first, fifty a page, and filters them. Records are
 * inserted in the test's transaction and roll back with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class AuditPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AuditLog audit;

	private String actor;

	@BeforeEach
	void uniqueActor() {
		this.actor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private void insert(String action, String type, String label, String recordedAt, String changes) {
		this.jdbc.sql("""
				insert into audit_record (recorded_at, actor, action, entity_type, entity_id, entity_label, changes)
				values (cast(:at as timestamptz), :actor, :action, :type, 1, :label, cast(:changes as jsonb))""")
			.param("at", recordedAt)
			.param("actor", this.actor)
			.param("action", action)
			.param("type", type)
			.param("label", label)
			.param("changes", changes)
			.update();
	}

	@Test
	void everyRecord_isShownNewestFirstWithItsFieldChanges() throws Exception {
		insert("UPDATE", "TENDER", "Older tender", "2021-03-01T10:00:00Z",
				"[{\"field\": \"Title\", \"before\": \"Old title\", \"after\": \"New title\"}]");
		insert("CREATE", "BIDDER", "Newer bidder", "2021-03-02T10:00:00Z",
				"[{\"field\": \"Name\", \"before\": null, \"after\": \"Newer bidder\"}]");
		String page = this.mvc.perform(get("/admin/audit").param("who", this.actor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>Old title</del>")))
			.andExpect(content().string(containsString("<ins>New title</ins>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Newer bidder")).isLessThan(page.indexOf("Older tender"));
	}

	@Test
	void filters_byTypeActionDatesAndText() throws Exception {
		insert("UPDATE", "TENDER", "Tender alpha 100% done", "2022-05-10T12:00:00Z", "[]");
		insert("ARCHIVE", "TENDER", "Tender beta", "2022-05-11T12:00:00Z", "[]");
		insert("UPDATE", "SOURCE", "Source gamma", "2022-06-01T12:00:00Z", "[]");
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("type", "TENDER").param("action", "UPDATE"))
			.andExpect(content().string(containsString("Tender alpha")))
			.andExpect(content().string(not(containsString("Tender beta"))))
			.andExpect(content().string(not(containsString("Source gamma"))));
		this.mvc
			.perform(get("/admin/audit").param("who", this.actor).param("from", "11/5/2022").param("to", "2022-05-31"))
			.andExpect(content().string(containsString("Tender beta")))
			.andExpect(content().string(not(containsString("Tender alpha"))))
			.andExpect(content().string(not(containsString("Source gamma"))));
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("text", "100%"))
			.andExpect(content().string(containsString("Tender alpha")))
			.andExpect(content().string(not(containsString("Tender beta"))));
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("text", "GAMMA"))
			.andExpect(content().string(containsString("Source gamma")))
			.andExpect(content().string(not(containsString("Tender alpha"))));
		// Like's wildcards are matched literally.
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("text", "_"))
			.andExpect(content().string(containsString("No changes found")));
	}

	@Test
	void fiftyAPage_withPaginationThatKeepsTheFilters() throws Exception {
		for (int i = 0; i < 55; i++) {
			insert("UPDATE", "BIDDER", String.format("Bidder %02d", i), String.format("2023-01-01T10:%02d:00Z", i),
					"[]");
		}
		this.mvc.perform(get("/admin/audit").param("who", this.actor))
			.andExpect(content().string(containsString("Bidder 54")))
			.andExpect(content().string(containsString("Bidder 05")))
			.andExpect(content().string(not(containsString("Bidder 04"))))
			.andExpect(content().string(containsString("who=" + this.actor)))
			.andExpect(content().string(containsString("page=2")));
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("page", "2"))
			.andExpect(content().string(containsString("Bidder 04")))
			.andExpect(content().string(containsString("Bidder 00")))
			.andExpect(content().string(not(containsString("Bidder 05"))));
		assertThat(this.audit
			.search(new AuditFilter(this.actor, null, null, null, null, null), 2, AuditController.PAGE_SIZE)
			.items()).hasSize(5);
		this.mvc.perform(get("/admin/audit").param("who", this.actor).param("page", "9"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void badDates_giveClearMessages() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "31/2/2026").param("to", "yesterday"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filter", "from", "to"))
			.andExpect(content().string(containsString("Error: Audit")))
			.andExpect(content().string(containsString("From date must be a real date")))
			.andExpect(content().string(containsString("To date must be a date, like 31/5/2026 or 2026-05-31")))
			.andExpect(content().string(containsString("value=\"yesterday\"")));
		this.mvc.perform(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01"))
			.andExpect(content().string(containsString("To date must be the same as or after the from date")));
		this.mvc.perform(get("/admin/audit").param("type", "NOT_A_TYPE").param("action", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a record type from the list")))
			.andExpect(content().string(containsString("Select an action from the list")));
	}

	@Test
	void noMatch_explainsWhatToDo() throws Exception {
		this.mvc.perform(get("/admin/audit").param("who", this.actor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No changes found")))
			.andExpect(content().string(containsString("clear the filters")));
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void admins_seeTheAuditToo() throws Exception {
		this.mvc.perform(get("/admin/audit")).andExpect(status().isOk());
	}

}
