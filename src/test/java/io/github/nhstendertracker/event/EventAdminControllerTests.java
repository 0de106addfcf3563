package io.github.nhstendertracker.event;

import java.time.LocalDate;

import io.github.nhstendertracker.SettledStatuses;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EventEdits;
import io.github.nhstendertracker.editing.RecordKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The event forms against the real database. Each test runs in a transaction that is
 * rolled back, requests included, so the seed stays as it was. Seed tender 8 (Dudley) is
 * open, with a notice published on 9 June 2017 from source 4; tender 1 (Cambridgeshire)
 * collapsed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(SettledStatuses.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class EventAdminControllerTests {

	private static final long DUDLEY = 8;

	private static final long CAMBRIDGESHIRE = 1;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private static MockHttpServletRequestBuilder addEvent(long tenderId, String type, String day, String month,
			String year, String description) {
		MockHttpServletRequestBuilder request = post("/admin/tenders/{id}/events/new", tenderId).with(csrf())
			.param("type", type)
			.param("dateDay", day)
			.param("dateMonth", month)
			.param("dateYear", year)
			.param("dateQualifier", "ON")
			.param("timing", "HAPPENED")
			.param("description", description);
		return request.param("sourceIds", "4");
	}

	private long eventCount() {
		return this.jdbc.sql("select count(*) from tender_event").query(Long.class).single();
	}

	private long eventCount(long tenderId) {
		return this.jdbc.sql("select count(*) from tender_event where tender_id = :id")
			.param("id", tenderId)
			.query(Long.class)
			.single();
	}

	private String tenderStatus(long tenderId) {
		return this.jdbc.sql("select status from tender where id = :id")
			.param("id", tenderId)
			.query(String.class)
			.single();
	}

	private long latestEventId(long tenderId) {
		return this.jdbc.sql("select max(id) from tender_event where tender_id = :id")
			.param("id", tenderId)
			.query(Long.class)
			.single();
	}

	private long auditCount(String action, long eventId) {
		return this.jdbc
			.sql("select count(*) from audit_record where entity_type = 'EVENT' and action = :action "
					+ "and entity_id = :id")
			.param("action", action)
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	@Test
	@WithMockUser(username = "anonymous", roles = {})
	void newEventForm_withoutTheEditorRole_isForbidden() throws Exception {
		this.mvc.perform(get("/admin/tenders/{id}/events/new", DUDLEY)).andExpect(status().isForbidden());
	}

	@Test
	void newEventForm_showsTypesAndSources() throws Exception {
		this.mvc.perform(get("/admin/tenders/{id}/events/new", DUDLEY))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add an event")))
			.andExpect(content().string(containsString("Contract awarded")))
			.andExpect(content().string(containsString("name=\"sourceIds\"")))
			.andExpect(content().string(not(containsString("Someone else changed"))));
	}

	@Test
	void emptyForm_showsEveryErrorAndSavesNothing() throws Exception {
		long before = eventCount();
		this.mvc
			.perform(post("/admin/tenders/{id}/events/new", DUDLEY).with(csrf())
				.param("type", "")
				.param("timing", "HAPPENED")
				.param("description", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add an event")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select the type of event")))
			.andExpect(content().string(containsString("Enter the date of the event")))
			.andExpect(content().string(containsString("Enter a description of the event")))
			.andExpect(content().string(containsString("Select at least one source for an event that has happened")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void tooLongDescription_isRefusedAndTheTextKept() throws Exception {
		long before = eventCount();
		String text = "x".repeat(2000) + "TAIL";
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "7", "2017", text))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Description must be 2000 characters or fewer")))
			.andExpect(content().string(containsString("xTAIL</textarea>")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void aDateThatDoesNotExist_isRefused() throws Exception {
		long before = eventCount();
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "31", "2", "2017", "Delayed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the event must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "", "2017", "Delayed"))
			.andExpect(content().string(containsString("The date of the event must include a month")));
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "7", "17", "Delayed"))
			.andExpect(content().string(containsString("Year must include 4 numbers")));
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "x", "7", "2017", "Delayed"))
			.andExpect(content().string(containsString("The date of the event must be a real date")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void aFutureDate_isRefusedForAnEventThatHappened_butNotForAnExpectedOne() throws Exception {
		LocalDate next = LocalDate.now().plusYears(1);
		long before = eventCount(DUDLEY);
		this.mvc.perform(addEvent(DUDLEY, "CONTRACT_START", "1", "4", String.valueOf(next.getYear()), "Start"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The date of an event that has happened must be today or in the past")));
		assertThat(eventCount(DUDLEY)).isEqualTo(before);
		this.mvc
			.perform(post("/admin/tenders/{id}/events/new", DUDLEY).with(csrf())
				.param("type", "CONTRACT_START")
				.param("dateDay", "1")
				.param("dateMonth", "4")
				.param("dateYear", String.valueOf(next.getYear()))
				.param("timing", "EXPECTED")
				.param("description", "Start expected"))
			.andExpect(status().is3xxRedirection());
		assertThat(eventCount(DUDLEY)).isEqualTo(before + 1);
	}

	@Test
	void monthAndYearPrecision_comeFromTheDatePartsGiven() throws Exception {
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "", "9", "2017", "Delayed in September"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select event_date || ' ' || date_precision from tender_event where id = :id")
			.param("id", latestEventId(DUDLEY))
			.query(String.class)
			.single()).isEqualTo("2017-09-01 MONTH");
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "", "", "2017", "Delayed that year"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select event_date || ' ' || date_precision from tender_event where id = :id")
			.param("id", latestEventId(DUDLEY))
			.query(String.class)
			.single()).isEqualTo("2017-01-01 YEAR");
	}

	@Test
	void scriptSqlAndUnicode_areStoredAsTypedAndShownEscaped() throws Exception {
		String text = "<script>alert('x')</script> '; drop table tender; -- Zürich café – 🚑 \"quoted\"";
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "7", "2017", text))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tenders/8#timeline"))
			.andExpect(flash().attribute("saved", "Event added"));
		assertThat(this.jdbc.sql("select description from tender_event where id = :id")
			.param("id", latestEventId(DUDLEY))
			.query(String.class)
			.single()).isEqualTo(text);
		this.mvc.perform(get("/tenders/{id}", DUDLEY))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert("))))
			.andExpect(content().string(containsString("Zürich café – 🚑")));
	}

	@Test
	void addingAnAward_movesTheStatus_andRemovingItMovesItBack_withAudit() throws Exception {
		// Its 2017 bid deadline has long passed with no award
		assertThat(tenderStatus(DUDLEY)).isEqualTo("AWAITING_AWARD");
		this.mvc.perform(addEvent(DUDLEY, "AWARD", "1", "3", "2018", "Awarded")).andExpect(status().is3xxRedirection());
		long award = latestEventId(DUDLEY);
		assertThat(tenderStatus(DUDLEY)).isEqualTo("AWARDED");
		assertThat(this.jdbc.sql("""
				select actor || ' ' || tender_id || ' ' || entity_version || ' ' || entity_label from audit_record
				where entity_type = 'EVENT' and action = 'CREATE' and entity_id = :id""")
			.param("id", award)
			.query(String.class)
			.single()).isEqualTo("editor1 8 0 Contract awarded (1 March 2018)");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_record where entity_type = 'TENDER' and entity_id = 8
				and changes @> '[{"field": "Status", "before": "Awaiting award", "after": "Awarded"}]'""")
			.query(Long.class)
			.single()).isEqualTo(1);

		this.mvc
			.perform(post("/admin/tenders/{id}/events/{e}/delete", DUDLEY, award).with(csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("admin1")
					.roles("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "Event removed"));
		assertThat(tenderStatus(DUDLEY)).isEqualTo("AWAITING_AWARD");
		assertThat(eventCount(DUDLEY)).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select changes from audit_record where entity_type = 'EVENT' and action = 'DELETE'
				and entity_id = :id and tender_id = 8 and actor = 'admin1'""")
			.param("id", award)
			.query(String.class)
			.single()).contains("\"before\": \"Awarded\"").contains("\"field\": \"Description\"");
	}

	@Test
	void editingAnEvent_movesTheStatus_andAuditsOnlyTheChangedFields() throws Exception {
		this.mvc.perform(addEvent(DUDLEY, "PREFERRED_BIDDER", "1", "3", "2018", "Preferred bidder named"))
			.andExpect(status().is3xxRedirection());
		long id = latestEventId(DUDLEY);
		assertThat(tenderStatus(DUDLEY)).isEqualTo("PREFERRED_BIDDER");
		this.mvc.perform(get("/admin/tenders/{t}/events/{e}/edit", DUDLEY, id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Preferred bidder named</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc
			.perform(post("/admin/tenders/{t}/events/{e}/edit", DUDLEY, id).with(csrf())
				.param("type", "AWARD")
				.param("dateDay", "1")
				.param("dateMonth", "3")
				.param("dateYear", "2018")
				.param("dateQualifier", "ON")
				.param("timing", "HAPPENED")
				.param("description", "Preferred bidder named")
				.param("sourceIds", "4")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "Event changed"));
		assertThat(tenderStatus(DUDLEY)).isEqualTo("AWARDED");
		assertThat(this.jdbc.sql("""
				select changes::text from audit_record where entity_type = 'EVENT' and action = 'UPDATE'
				and entity_id = :id""").param("id", id).query(String.class).single()).isEqualTo(
				"[{\"after\": \"Contract awarded\", \"field\": \"Type\", \"before\": \"Preferred bidder named\"}]");
	}

	@Test
	void twoEditorsSavingTheSameEvent_firstWins_secondGetsAConflict() throws Exception {
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "7", "2017", "Delayed")).andExpect(status().is3xxRedirection());
		long id = latestEventId(DUDLEY);
		MockHttpServletRequestBuilder first = post("/admin/tenders/{t}/events/{e}/edit", DUDLEY, id).with(csrf())
			.param("type", "DELAY")
			.param("dateDay", "1")
			.param("dateMonth", "7")
			.param("dateYear", "2017")
			.param("timing", "HAPPENED")
			.param("description", "First editor's words")
			.param("sourceIds", "4")
			.param("version", "0");
		this.mvc.perform(first).andExpect(status().is3xxRedirection());
		MockHttpServletRequestBuilder second = post("/admin/tenders/{t}/events/{e}/edit", DUDLEY, id).with(csrf())
			.param("type", "DELAY")
			.param("dateDay", "1")
			.param("dateMonth", "7")
			.param("dateYear", "2017")
			.param("timing", "HAPPENED")
			.param("description", "Second editor's words")
			.param("sourceIds", "4")
			.param("version", "0");
		this.mvc.perform(second)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("First editor&#39;s words")))
			.andExpect(content().string(containsString("Second editor&#39;s words</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select description from tender_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("First editor's words");
		assertThat(auditCount("UPDATE", id)).isEqualTo(1);
	}

	@Test
	void anAwardOnACancelledTender_isRefused() throws Exception {
		this.mvc.perform(addEvent(DUDLEY, "CANCELLATION", "1", "9", "2017", "Cancelled"))
			.andExpect(status().is3xxRedirection());
		assertThat(tenderStatus(DUDLEY)).isEqualTo("CANCELLED");
		long before = eventCount();
		this.mvc.perform(addEvent(DUDLEY, "AWARD", "1", "10", "2017", "Awarded anyway"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("A cancelled tender cannot be awarded: it was cancelled (1 September 2017)")));
		assertThat(eventCount()).isEqualTo(before);
		assertThat(tenderStatus(DUDLEY)).isEqualTo("CANCELLED");
	}

	@Test
	void aSecondCollapse_isRefused() throws Exception {
		long before = eventCount();
		this.mvc.perform(addEvent(CAMBRIDGESHIRE, "COLLAPSE", "1", "6", "2016", "Collapsed again"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The tender has already collapsed (February 2016)")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void aBidDeadlineBeforeTheNotice_isRefused() throws Exception {
		long before = eventCount();
		this.mvc.perform(addEvent(DUDLEY, "BID_DEADLINE", "1", "6", "2017", "Bids closed"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The bid deadline must be after the notice was published (9 June 2017)")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void removingAnAwardThatAContractStartNeeds_isRefused() throws Exception {
		this.mvc.perform(addEvent(DUDLEY, "AWARD", "1", "1", "2018", "Awarded")).andExpect(status().is3xxRedirection());
		long award = latestEventId(DUDLEY);
		this.mvc.perform(addEvent(DUDLEY, "CONTRACT_START", "1", "4", "2018", "Started"))
			.andExpect(status().is3xxRedirection());
		long before = eventCount();
		this.mvc.perform(post("/admin/tenders/{t}/events/{e}/delete", DUDLEY, award).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot remove this event")))
			.andExpect(content().string(containsString("The contract cannot start before it is awarded")));
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void anEditorCannotRemoveEvents() throws Exception {
		long before = eventCount();
		this.mvc.perform(post("/admin/tenders/{t}/events/{e}/delete", DUDLEY, 23).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	void theRemovalService_refusesAnEditorEvenWithoutTheUrlRule(@Autowired EditPipeline edits,
			@Autowired EventEdits events) {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> edits.delete(events, RecordKey.inTender(DUDLEY, 23L), Actor.signedIn()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void unknownTendersAndEvents_andEventsOfAnotherTender_areNotFound() throws Exception {
		this.mvc.perform(get("/admin/tenders/{id}/events/new", 999999)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/tenders/{t}/events/{e}/edit", DUDLEY, 999999)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/tenders/{t}/events/{e}/edit", CAMBRIDGESHIRE, 23))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/tenders/{t}/events/{e}/delete", CAMBRIDGESHIRE, 23).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(eventCount(DUDLEY)).isEqualTo(3);
	}

	@Test
	void anArchivedTender_takesNoNewEvents() throws Exception {
		this.jdbc.sql("update tender set archived_at = now() where id = 8").update();
		long before = eventCount();
		this.mvc.perform(get("/admin/tenders/{id}/events/new", DUDLEY)).andExpect(status().isNotFound());
		this.mvc.perform(addEvent(DUDLEY, "DELAY", "1", "7", "2017", "Delayed")).andExpect(status().isNotFound());
		assertThat(eventCount()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void theTenderPage_linksEditorsToChangeAndRemoveEachEvent() throws Exception {
		this.mvc.perform(get("/tenders/{id}", DUDLEY))
			.andExpect(content().string(containsString("/admin/tenders/8/events/23/edit")))
			.andExpect(content().string(containsString("/admin/tenders/8/events/23/delete")));
	}

}
